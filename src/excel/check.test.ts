// check() on the simulated host: read + core + marks; stale marks removed; user formatting intact.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { MARK_COLORS, MARK_PREFIX } from "./highlight";
import { a1, exampleTable, putTable, savedCell, savedText } from "./testSheets";
import { findColumn } from "./columns";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const ourMarks = (sheet: string) =>
  sim
    .sheet(sheet)
    .conditionalFormats()
    .filter((cf) => (cf.formula ?? "").includes(MARK_PREFIX));

function setUp(name: "clean" | "mistakes", row = 0, col = 0) {
  sim = installRealClientHost({ sheets: ["Deals"] });
  const table = exampleTable(name);
  putTable(sim, "Deals", table, row, col);
  return table;
}

describe("check", () => {
  it("finds nothing blocking on the clean example; marks only cells with findings", async () => {
    setUp("clean");
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    expect(outcome.result.summary.error).toBe(0);
    expect(outcome.sheet.sheetName).toBe("Deals");
    expect(outcome.sheet.origin).toEqual({ row: 0, col: 0 });
    expect(outcome.result.records).toBe(exampleTable("clean").rows.length - 1);
    expect(ourMarks("Deals").length > 0).toBe(outcome.result.findings.some((f) => f.cell !== null));
  });

  it("marks each finding's cell in its severity's colour, with addresses relative to where the table sits", async () => {
    const table = setUp("mistakes", 2, 1); // header in B3
    sim.resetSyncCount();
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    // Read: shape, one chunk. Marks (a run of their own): format types, new rules.
    expect(sim.syncCount).toBe(4);
    expect(outcome.sheet.origin).toEqual({ row: 2, col: 1 });
    const cellFindings = outcome.result.findings.filter((f) => f.cell);
    expect(cellFindings.length).toBeGreaterThan(0);
    for (const f of cellFindings) {
      // The finding's address names the cell that holds its value.
      if (f.value !== null && f.at) expect(table.rows[f.at.row][f.at.col]).toBe(f.value);
      const cell = sim.sheet("Deals").cell(f.cell as string);
      const marks = cell.conditionalFormats.filter((cf) => (cf.formula ?? "").includes(MARK_PREFIX));
      expect(marks).toHaveLength(1);
      const worst = cellFindings.filter((g) => g.cell === f.cell).map((g) => g.severity);
      const expected = worst.includes("error") ? "error" : worst.includes("warning") ? "warning" : "notice";
      expect(marks[0].fill).toBe(MARK_COLORS[expected]);
    }
    expect(sim.sheet("Deals").cell("A1").conditionalFormats).toEqual([]);
  });

  it("re-checking replaces the marks (no stale mark survives a fix)", async () => {
    const table = setUp("mistakes");
    const ops = createWorkbookOps();
    const first = await ops.check({ dateOrder: "auto" });
    const target = first.result.findings.find((f) => f.cell && f.severity === "error" && f.fix);
    expect(target).toBeDefined();
    sim.setCell("Deals", target?.cell as string, target?.fix as string);
    await ops.check({ dateOrder: "auto" });
    await ops.check({ dateOrder: "auto" });
    const again = await ops.check({ dateOrder: "auto" });
    const stillFlagged = again.result.findings.some((f) => f.cell === target?.cell);
    const marksOnCell = sim
      .sheet("Deals")
      .cell(target?.cell as string)
      .conditionalFormats.filter((cf) => (cf.formula ?? "").includes(MARK_PREFIX));
    expect(marksOnCell.length).toBe(stillFlagged ? 1 : 0);
    // Marks never pile up: at most one rule per severity per address batch.
    expect(ourMarks("Deals").length).toBeLessThanOrEqual(3);
    expect(table.rows.length).toBeGreaterThan(1);
  });

  it("clearHighlights leaves the user's fills, fonts and own conditional formats exactly as they were", async () => {
    setUp("mistakes");
    const ops = createWorkbookOps();
    const first = await ops.check({ dateOrder: "auto" });
    await ops.clearHighlights();
    const cells = first.result.findings.filter((f) => f.cell).map((f) => f.cell as string);
    // The user's own formatting on some of those cells, and a rule of their own.
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Deals");
      sheet.getRange(cells[0]).format.fill.color = "#00B050";
      sheet.getRange(cells[0]).format.font.bold = true;
      const own = sheet.getRange("A1:Z40").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      own.custom.rule.formula = '=A1="x"';
      own.custom.format.fill.color = "#0000FF";
      await context.sync();
    });
    const before = cells.map((c) => sim.sheet("Deals").cell(c));
    await ops.check({ dateOrder: "auto" });
    expect(ourMarks("Deals").length).toBeGreaterThan(0);
    sim.resetSyncCount();
    await ops.clearHighlights();
    expect(ourMarks("Deals")).toEqual([]);
    expect(cells.map((c) => sim.sheet("Deals").cell(c))).toEqual(before);
    expect(sim.sheet("Deals").conditionalFormats()).toHaveLength(1);
    expect(sim.syncCount).toBeLessThanOrEqual(4);
  });

  it("reports Partner Center's own errors from the Errors column, one finding per message", async () => {
    const table = setUp("clean");
    const errorsCol = findColumn(table.rows[0], "Errors");
    sim.setCell("Deals", a1(1, errorsCol), "Required field Solution 1 missing; Invalid Customer Country ");
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    const pc = outcome.result.findings.filter((f) => f.code === "partner-center-error");
    expect(pc.map((f) => [f.cell, f.params.message, f.severity, f.column])).toEqual([
      [a1(1, errorsCol), "Required field Solution 1 missing", "warning", "Errors"],
      [a1(1, errorsCol), "Invalid Customer Country", "warning", "Errors"],
    ]);
    expect(outcome.result.summary.error).toBe(
      outcome.result.findings.filter((f) => f.severity === "error").length,
    );
    const mark = sim.sheet("Deals").cell(a1(1, errorsCol)).conditionalFormats;
    expect(mark.map((m) => m.fill)).toEqual([MARK_COLORS.warning]);
  });

  it.each([
    { system: 1900 as const, serial: 46052, notes: "1900 workbook: 1/30/2026 is 46052" },
    { system: 1904 as const, serial: 46052 - 1462, notes: "1904 workbook: the same day is 1,462 lower" },
  ])("reads date serials in the workbook's date system: $notes", async ({ system, serial }) => {
    const table = setUp("clean");
    sim.dateSystem = system;
    const dateCol = findColumn(table.rows[0], "Estimated Close Date");
    sim.setCell("Deals", a1(1, dateCol), serial, "m/d/yyyy");
    const ops = createWorkbookOps();
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(outcome.sheet.dateSystem).toBe(system);
    // The text the engine checked is the text it saves.
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    expect(savedCell(await savedText(file), 1, dateCol)).toBe("1/30/2026");
    expect(outcome.result.findings.filter((f) => f.column === "Estimated Close Date")).toEqual([]);
  });

  it("propagates host errors with their code and changes nothing (edit mode)", async () => {
    setUp("mistakes");
    sim.setEditMode(true);
    await expect(createWorkbookOps().check({ dateOrder: "auto" })).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    sim.setEditMode(false);
    expect(ourMarks("Deals")).toEqual([]);
  });

  it("cancelling between chunks rejects with CancelledError and leaves no marks", async () => {
    setUp("mistakes");
    const abort = new AbortController();
    const promise = createWorkbookOps().check(
      { dateOrder: "auto" },
      { signal: abort.signal, onProgress: () => abort.abort() },
    );
    await expect(promise).rejects.toMatchObject({ name: "CancelledError" });
    expect(ourMarks("Deals")).toEqual([]);
  });
});

describe("check on sheets without records", () => {
  it.each([
    { rows: [] as string[][], notes: "a blank sheet: the core's 'no header row' error, no crash, 2 syncs" },
    { rows: [["Deal Name", "Currency"]], notes: "a header only: no records" },
  ])("$notes", async ({ rows }) => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    rows.forEach((r, i) => r.forEach((v, c) => sim.setCell("Deals", a1(i, c), v)));
    sim.resetSyncCount();
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    expect(outcome.result.records).toBe(0);
    expect(outcome.result.summary.error).toBeGreaterThan(0);
    expect(sim.syncCount).toBeLessThanOrEqual(3);
  });
});

describe("the pane's day/month setting decides a date column that holds both orders", () => {
  // Issue 10: the setting reached the check but did nothing on such a column (an error on each
  // ambiguous date). Three month-first and three day-first proofs (a tie in "auto"), and 5/6/2026.
  const dates = ["1/30/2026", "2/28/2026", "3/31/2026", "30/1/2026", "28/2/2026", "31/3/2026", "5/6/2026"];
  function sheetWithMixedDates() {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const table = exampleTable("clean");
    const col = findColumn(table.rows[0], "Estimated Close Date");
    dates.forEach((d, i) => (table.rows[1 + i][col] = d));
    putTable(sim, "Deals", table);
    return a1(1 + dates.indexOf("5/6/2026"), col);
  }
  const dateFindings = (findings: { code: string; cell: string | null; fix: string | null }[]) =>
    findings.filter((f) => f.code.startsWith("date-")).map((f) => [f.cell, f.code, f.fix]);

  it.each([
    { dateOrder: "dmy" as const, ambiguousFix: "6/5/2026", notes: "day first: 5/6/2026 is 5 June" },
    { dateOrder: "mdy" as const, ambiguousFix: null, notes: "month first: 5/6/2026 is already right" },
  ])("$notes", async ({ dateOrder, ambiguousFix }) => {
    const ambiguousCell = sheetWithMixedDates();
    const { result } = await createWorkbookOps().check({ dateOrder, highlight: false });
    const found = dateFindings(result.findings);
    expect(found.filter(([, code]) => code === "date-ambiguous")).toEqual([]);
    expect(result.findings.filter((f) => f.code.startsWith("date-") && f.severity === "error")).toEqual([]);
    const ambiguous = found.filter(([cell]) => cell === ambiguousCell);
    if (ambiguousFix === null) expect(ambiguous).toEqual([]);
    else expect(ambiguous.map(([, , fix]) => fix)).toEqual([ambiguousFix]);
  });

  it("auto (a tie; the workbook's culture reads month first): a warning on the ambiguous date, no error", async () => {
    const ambiguousCell = sheetWithMixedDates();
    const { result } = await createWorkbookOps().check({ dateOrder: "auto", highlight: false });
    expect(dateFindings(result.findings)).toContainEqual([ambiguousCell, "date-majority-month-first", null]);
    expect(result.findings.filter((f) => f.code.startsWith("date-") && f.severity === "error")).toEqual([]);
  });
});
