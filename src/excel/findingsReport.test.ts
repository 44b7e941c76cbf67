// The findings report sheet on Microsoft's real Office.js client against the simulated workbook:
// every finding a row, each address a link to its cell, the checked sheet untouched, messages that
// look like formulas kept as text.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { findingsReportRows, REPORT_CELL_COLUMN } from "../core/report/findingsReport";
import type { Finding } from "../core/types";
import { createWorkbookOps } from "./index";
import { writeFindingsReport } from "./findingsReport";
import { a1, exampleTable, putTable } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

function setUp(excelApiVersion?: string, sheetName = "Deals") {
  sim = installRealClientHost({
    sheets: [sheetName, "Findings"],
    ...(excelApiVersion ? { excelApiVersion } : {}),
  });
  putTable(sim, sheetName, exampleTable("mistakes"));
}

/** Every cell of a sheet's used range as the user sees it: value, format, formula, link, marks. */
function snapshot(sheet: string) {
  const used = sim.sheet(sheet).usedRange(false);
  if (!used) return [];
  const [first, last] = used.split(":");
  const cells = [];
  const col = (ref: string) => ref.replace(/\d+/g, "");
  const row = (ref: string) => Number(ref.replace(/\D+/g, ""));
  const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  for (let r = row(first) - 1; r < row(last ?? first); r++)
    for (let c = colIndex(col(first)); c <= colIndex(col(last ?? first)); c++)
      cells.push(sim.sheet(sheet).cell(a1(r, c)));
  return cells;
}

/** A report whose first finding's message looks like a formula (a value quoted from the sheet can). */
function reportRows(findings: Finding[]) {
  const first = findings[0];
  return findingsReportRows(findings, {
    header: ["Row", "Cell", "Column", "Severity", "Rule", "Code", "Message", "Value", "Fix"],
    severity: (f) => f.severity,
    rule: (f) => f.code,
    message: (f) => (f === first ? "=1+1" : f.message),
  });
}

async function checkAndReport(excelApiVersion?: string) {
  setUp(excelApiVersion);
  const ops = createWorkbookOps();
  // Marks need ExcelApi 1.9: below it the check only reads.
  const outcome = await ops.check({ dateOrder: "auto", highlight: excelApiVersion === undefined });
  const before = snapshot("Deals");
  const rows = reportRows(outcome.result.findings);
  const written = await ops.writeFindingsReport({
    sheetName: "Findings",
    rows,
    linkColumn: REPORT_CELL_COLUMN,
  });
  return { outcome, rows, written, before };
}

describe("writeFindingsReport", () => {
  it("writes every finding on a new sheet, each address linked to its cell, the checked sheet unchanged", async () => {
    const { outcome, rows, written, before } = await checkAndReport();
    const findings = outcome.result.findings;
    expect(findings.length).toBeGreaterThan(5);
    // "Findings" exists already: the report gets a name of its own.
    expect(written).toEqual({ sheetName: "Findings (2)", findings: findings.length });
    const report = sim.sheet("Findings (2)");
    const width = rows[0].length;
    const shown = sim.sheet("Findings (2)").values(`A1:${a1(rows.length - 1, width - 1)}`);
    expect(shown[0]).toEqual(rows[0]);
    shown.slice(1).forEach((line, i) => {
      const expected = rows[i + 1];
      expect(line[0]).toBe(expected[0] === "" ? "" : Number(expected[0]));
      expect(line.slice(1)).toEqual(expected.slice(1));
    });
    let linked = 0;
    rows.slice(1).forEach((row, i) => {
      const cell = report.cell(a1(i + 1, REPORT_CELL_COLUMN));
      if (row[REPORT_CELL_COLUMN] === "") return expect(cell.hyperlink).toBeNull();
      linked++;
      expect(cell.hyperlink).toEqual({
        documentReference: `Deals!${row[REPORT_CELL_COLUMN]}`,
        textToDisplay: row[REPORT_CELL_COLUMN],
      });
      // The link leads to the cell holding the value the finding is about.
      const finding = findings.find((f) => f.cell === row[REPORT_CELL_COLUMN] && f.code === row[5]);
      if (finding?.value)
        expect(String(sim.sheet("Deals").cell(row[REPORT_CELL_COLUMN]).value)).toBe(finding.value);
    });
    expect(linked).toBe(findings.filter((f) => f.cell).length);
    expect(snapshot("Deals")).toEqual(before);
  });

  it("keeps a message that looks like a formula as text", async () => {
    const { rows } = await checkAndReport();
    const messageCol = rows[0].indexOf("Message");
    const row = rows.findIndex((r) => r[messageCol] === "=1+1");
    const cell = sim.sheet("Findings (2)").cell(a1(row, messageCol));
    expect(cell).toMatchObject({ value: "=1+1", formula: null, numberFormat: "@" });
  });

  it("links with HYPERLINK formulas where Range.hyperlink is missing (before ExcelApi 1.7)", async () => {
    const { rows, before } = await checkAndReport("1.6");
    const report = sim.sheet("Findings (2)");
    const i = rows.findIndex((r, n) => n > 0 && r[REPORT_CELL_COLUMN] !== "");
    const address = rows[i][REPORT_CELL_COLUMN];
    const cell = report.cell(a1(i, REPORT_CELL_COLUMN));
    expect(cell.formula).toBe(`=HYPERLINK("#Deals!${address}","${address}")`);
    expect(cell.value).toBe(address);
    expect(report.cell(a1(0, REPORT_CELL_COLUMN)).formula).toBeNull();
    expect(snapshot("Deals")).toEqual(before);
  });

  it("quotes a sheet name with spaces and apostrophes in the links", async () => {
    sim = installRealClientHost({ sheets: ["Bob's deals"] });
    putTable(sim, "Bob's deals", exampleTable("mistakes"));
    const ops = createWorkbookOps();
    const outcome = await ops.check({ dateOrder: "auto" });
    const rows = reportRows(outcome.result.findings);
    await ops.writeFindingsReport({ sheetName: "Findings", rows, linkColumn: REPORT_CELL_COLUMN });
    const i = rows.findIndex((r, n) => n > 0 && r[REPORT_CELL_COLUMN] !== "");
    expect(sim.sheet("Findings").cell(a1(i, REPORT_CELL_COLUMN)).hyperlink?.documentReference).toBe(
      `'Bob''s deals'!${rows[i][REPORT_CELL_COLUMN]}`,
    );
  });

  it("splits many links into requests within the budget, and writes them all", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const rows = [["Row", "Cell", "Message"]];
    for (let r = 2; r <= 401; r++) rows.push([String(r), `C${r}`, `Message ${r}`]);
    sim.resetSyncCount();
    await writeFindingsReport({ sheetName: "Findings", rows, linkColumn: 1 }, "Deals", 40_000);
    // Names, one block of values, several groups of links, the look.
    expect(sim.syncCount).toBeGreaterThan(4);
    expect(Math.max(...sim.requests.map((r) => r.requestBytes))).toBeLessThan(60_000);
    for (let r = 2; r <= 401; r++)
      expect(sim.sheet("Findings").cell(`B${r}`).hyperlink?.documentReference).toBe(`Deals!C${r}`);
  });

  it("takes the half-written sheet away when a request fails", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const rows = [["Row", "Cell", "Message"]];
    for (let r = 2; r <= 401; r++) rows.push([String(r), `C${r}`, "x"]);
    // The values fit the host's limit; the links, sent in one request, do not.
    sim.configure({ payloadLimitBytes: 100_000 });
    const failing = writeFindingsReport({ sheetName: "Findings", rows, linkColumn: 1 }, "Deals");
    await expect(failing).rejects.toBeDefined();
    expect(sim.sheetNames()).toEqual(["Deals"]);
  });
});
