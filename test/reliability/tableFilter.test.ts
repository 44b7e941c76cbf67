// A sheet whose data is an Excel table (ListObject) with its own filter hiding rows. Excel keeps a
// table's filter apart from the sheet's (Table.autoFilter vs Worksheet.autoFilter, ExcelApi 1.9):
// the sheet's AutoFilter reports nothing. Partner Center uploads every row, so every row is read,
// checked, saved and marked; the summary says a filter hides some; Keep only failed rows is refused.
import { createWorkbookOps } from "../../src/excel";
import { MARK_PREFIX } from "../../src/excel/highlight";
import { a1, exampleTable, putTable, savedText } from "../../src/excel/testSheets";
import type { SimHandle } from "../../src/simhost";
import { installRealClientHost } from "../../src/simhost/wire/realClient";
import { friendlyError } from "../../src/taskpane/state/friendlyError";
import { createTranslator } from "../../src/taskpane/i18n/translate";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const t = createTranslator("en").t;
const DEAL_NAME_COL = 3; // "Deal Name" in examples/mistakes.csv

/** The mistakes example as a table "Deals" filtered (by the table's own filter) to two deal names. */
async function tableFiltered(version: string): Promise<{ rows: number; cols: number; hidden: number }> {
  sim = installRealClientHost({ sheets: ["Deals"], excelApiVersion: version });
  const table = exampleTable("mistakes");
  putTable(sim, "Deals", table);
  const rows = table.rows.length;
  const cols = table.rows[0].length;
  const keep = [1, 2].map((r) => table.rows[r][DEAL_NAME_COL]);
  await Excel.run(async (context) => {
    const t = context.workbook.worksheets
      .getItem("Deals")
      .tables.add(`Deals!A1:${a1(rows - 1, cols - 1)}`, true);
    t.autoFilter.apply(t.getRange(), DEAL_NAME_COL, { filterOn: Excel.FilterOn.values, values: keep });
    await context.sync();
  });
  return { rows, cols, hidden: sim.sheet("Deals").hiddenRows().length };
}

describe.each(["1.9", "1.20"])("a table with its own filter (ExcelApi %s)", (version) => {
  it("the simulated workbook: the table's filter hides rows, the sheet's AutoFilter knows nothing of it", async () => {
    const { hidden } = await tableFiltered(version);
    expect(hidden).toBeGreaterThan(5);
    const state = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Deals");
      const own = sheet.autoFilter.load("enabled,isDataFiltered");
      const table = sheet.tables.getItemAt(0);
      const filter = table.autoFilter.load("enabled,isDataFiltered");
      const header = table.getHeaderRowRange().load("address");
      await context.sync();
      return [own.enabled, own.isDataFiltered, filter.enabled, filter.isDataFiltered, header.address];
    });
    expect(state).toEqual([false, false, true, true, expect.stringMatching(/^Deals!A1:[A-Z]+1$/)]);
  });

  it("Check reads and checks every row, hidden ones too, and says a filter hides them", async () => {
    const { rows, hidden } = await tableFiltered(version);
    const ops = createWorkbookOps();
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(outcome.result.records).toBe(rows - 1);
    expect(outcome.sheet).toMatchObject({ hiddenRows: hidden, filtered: true });
    // A finding in a row the filter hides is reported and marked (highlights work inside the table).
    const hiddenRows = new Set(sim.sheet("Deals").hiddenRows());
    const inHidden = outcome.result.findings.filter(
      (f) => f.cell && hiddenRows.has(Number(f.cell.replace(/^[A-Z]+/, "")) - 1),
    );
    expect(inHidden.length).toBeGreaterThan(0);
    for (const f of inHidden) {
      const marks = sim.sheet("Deals").cell(f.cell as string).conditionalFormats;
      expect(marks.some((cf) => (cf.formula ?? "").includes(MARK_PREFIX))).toBe(true);
    }
    expect(createTranslator("en").tp("summaryHiddenByFilter", outcome.sheet.hiddenRows ?? 0)).toBe(
      `${hidden} rows are hidden by a filter; they were checked too.`,
    );
    // Nothing about the filter changed.
    expect(sim.sheet("Deals").hiddenRows().length).toBe(hidden);
  });

  it("Save writes every row, the filtered-out ones included", async () => {
    const { rows } = await tableFiltered(version);
    const files = await createWorkbookOps().buildCsv({ split: false, bom: false, dateOrder: "auto" });
    expect(files).toHaveLength(1);
    expect(files[0].records).toBe(rows - 1);
    const deals = exampleTable("mistakes")
      .rows.slice(1)
      .map((r) => r[DEAL_NAME_COL]);
    for (const name of deals.filter((n) => n !== "")) expect(await savedText(files[0])).toContain(name);
  });

  it("Keep only failed rows is refused with one sentence; nothing moves", async () => {
    sim = installRealClientHost({ sheets: ["Processed"], excelApiVersion: version });
    const processed = [
      ["Errors", "Deal Name", "Currency"],
      ["", "Won A", "USD"],
      ["Bad currency", "Failed B", "usd"],
      ["", "Won C", "EUR"],
      ["Missing field", "Failed D", "USD"],
    ];
    processed.forEach((row, r) => row.forEach((v, c) => v !== "" && sim.setCell("Processed", a1(r, c), v)));
    sim.activate("Processed");
    await Excel.run(async (context) => {
      const t = context.workbook.tables.add("Processed!A1:C5", true);
      t.autoFilter.apply(t.getRange(), 2, { filterOn: Excel.FilterOn.values, values: ["USD"] });
      await context.sync();
    });
    const error = await createWorkbookOps()
      .keepFailedRows()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "FilterActive" });
    expect(friendlyError(error, { t })).toMatch(/filter/i);
    expect(sim.sheetNames()).toEqual(["Processed"]);
    expect(sim.sheet("Processed").values("A1:C5")).toEqual(processed);
  });

  it("Insert template and Add dropdowns on a sheet with a filtered table leave the table's data as it was", async () => {
    const { rows, cols, hidden } = await tableFiltered(version);
    const before = sim.sheet("Deals").values(`A1:${a1(rows - 1, cols - 1)}`);
    const ops = createWorkbookOps();
    const { sheetName } = await ops.insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 });
    expect(sheetName).not.toBe("Deals"); // the sheet is not blank: the template goes on a new one
    sim.activate("Deals");
    const { columns } = await ops.applyDropdowns();
    expect(columns).toBeGreaterThan(0);
    expect(sim.sheet("Deals").values(`A1:${a1(rows - 1, cols - 1)}`)).toEqual(before);
    expect(sim.sheet("Deals").hiddenRows().length).toBe(hidden);
    // Dropdowns reach the hidden rows too (a rule is on every data row of an enumerated column).
    const hiddenRow = sim.sheet("Deals").hiddenRows()[0];
    const header = before[0].map(String);
    const country = header.indexOf("Customer Country");
    expect(sim.sheet("Deals").cell(a1(hiddenRow, country)).validation?.rule).toHaveProperty("list");
  });
});
