// Workbook safety on the simulated Excel host: clearing highlights and Restore give back every
// cell exactly; a protected sheet (except for a check, whose marks are best effort) or a cell in
// edit mode stops an operation with one clear sentence and leaves the workbook as it was; a sheet whose data is an Excel table is handled;
// filtered rows and hidden columns are checked like the others (and the summary says so); merged
// header cells and keeping failed rows under a filter are refused with one sentence.
import { createWorkbookOps } from "../../src/excel";
import { a1, exampleTable, putTable } from "../../src/excel/testSheets";
import type { SimHandle } from "../../src/simhost";
import { installRealClientHost } from "../../src/simhost/wire/realClient";
import { friendlyError } from "../../src/taskpane/state/friendlyError";
import { createTranslator } from "../../src/taskpane/i18n/translate";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const t = createTranslator("en").t;

/** A sheet as the user left it: the mistakes example plus their own formats, fills and a rule. */
function setUp(): { rows: number; cols: number } {
  sim = installRealClientHost({ sheets: ["Deals", "Other"] });
  const table = exampleTable("mistakes");
  putTable(sim, "Deals", table);
  const header = table.rows[0];
  const col = (name: string) => header.indexOf(name);
  sim.setCell("Deals", a1(1, col("Estimated Close Date")), 46052, "m/d/yyyy"); // a real date serial
  sim.setCell("Deals", a1(2, col("Estimated Deal Value")), 12563.5, "#,##0.00");
  sim.setCell("Deals", a1(3, col("Customer D-U-N-S ID")), 81466849, "000000000");
  sim.setCell("Other", "A1", "user's own sheet");
  return { rows: table.rows.length, cols: header.length };
}

/** Every cell of the used area (value, type, format, fill, font, rules, comment), every sheet and name. */
function snapshot(size: { rows: number; cols: number }): string {
  const cells: unknown[] = [];
  for (const sheet of sim.sheetNames()) {
    const view = sim.sheet(sheet);
    for (let r = 0; r < size.rows + 2; r++)
      for (let c = 0; c < size.cols + 2; c++) {
        const cell = view.cell(a1(r, c));
        cells.push({ ...cell, type: typeof cell.value });
      }
    cells.push({
      sheet,
      conditionalFormats: view.conditionalFormats(),
      comments: view.comments(),
      hiddenRows: view.hiddenRows(),
      hiddenColumns: view.hiddenColumns(),
      merges: view.merges(),
      autoFilter: view.autoFilter(),
    });
  }
  return JSON.stringify({ sheets: sim.sheetNames(), names: sim.names(), cells });
}

async function rejection(op: () => Promise<unknown>): Promise<unknown> {
  try {
    await op();
  } catch (error) {
    return error;
  }
  throw new Error("expected the operation to fail");
}

describe("nothing lost in the workbook", () => {
  it("check then clear highlights gives back every cell's formatting exactly", async () => {
    const size = setUp();
    const before = snapshot(size);
    const ops = createWorkbookOps();
    await ops.check({ dateOrder: "auto" });
    expect(snapshot(size)).not.toBe(before); // the check did mark cells
    await ops.clearHighlights();
    expect(snapshot(size)).toBe(before);
  });

  it("fix everything then Restore gives back every value, type and number format exactly", async () => {
    const size = setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    await ops.clearHighlights();
    const before = snapshot(size);
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell !== null);
    expect(fixable.length).toBeGreaterThan(5);
    const { changed } = await ops.applyFixes(fixable);
    expect(changed).toBeGreaterThan(5);
    expect(snapshot(size)).not.toBe(before);
    await ops.restore();
    expect(snapshot(size)).toBe(before);
  });

  it("fixes change only the cells that have a fix", async () => {
    const size = setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    await ops.clearHighlights();
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell !== null);
    const fixedCells = new Set(fixable.map((f) => f.cell as string));
    const before = new Map<string, unknown>();
    for (let r = 0; r < size.rows; r++)
      for (let c = 0; c < size.cols; c++) before.set(a1(r, c), sim.sheet("Deals").cell(a1(r, c)));
    await ops.applyFixes(fixable);
    const changed = [...before]
      .filter(([cell, snap]) => JSON.stringify(sim.sheet("Deals").cell(cell)) !== JSON.stringify(snap))
      .map(([cell]) => cell);
    expect(changed.filter((c) => !fixedCells.has(c))).toEqual([]);
  });
});

describe("operations that cannot run say so and change nothing", () => {
  const cases = [
    {
      notes: "protected sheet: fixing is refused",
      block: () => sim.protectSheet("Deals", true),
      op: "applyFixes" as const,
      message: "The sheet is protected: unprotect it (Review > Unprotect Sheet), then try again.",
    },
    {
      notes: "a cell in edit mode: checking waits for the user",
      block: () => sim.setEditMode(true),
      op: "check" as const,
      message: "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
    },
    {
      notes: "a cell in edit mode: fixing waits for the user",
      block: () => sim.setEditMode(true),
      op: "applyFixes" as const,
      message: "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
    },
    {
      notes: "a cell in edit mode: clearing highlights waits for the user",
      block: () => sim.setEditMode(true),
      op: "clearHighlights" as const,
      message: "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
    },
  ];

  it.each(cases)("$notes", async ({ block, op, message }) => {
    const size = setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell !== null);
    if (op !== "clearHighlights") await ops.clearHighlights();
    const before = snapshot(size);
    block();
    const run = {
      check: () => ops.check({ dateOrder: "auto" }),
      applyFixes: () => ops.applyFixes(fixable),
      clearHighlights: () => ops.clearHighlights(),
    }[op];
    const error = await rejection(run);
    expect(friendlyError(error, { t })).toBe(message);
    sim.setEditMode(false);
    expect(snapshot(size)).toBe(before);
  });
});

describe("highlighting is best effort: it never blocks a check", () => {
  it("a protected sheet is checked (reading is allowed); the marks are skipped and the workbook is unchanged", async () => {
    const size = setUp();
    const before = snapshot(size);
    sim.protectSheet("Deals", true);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    logged.mockRestore();
    expect(outcome.highlightsFailed).toBe(true);
    expect(outcome.result.summary.error).toBeGreaterThan(0);
    sim.protectSheet("Deals", false);
    expect(snapshot(size)).toBe(before);
  });
});

describe("a sheet whose data is an Excel table", () => {
  it("is checked, fixed and restored like a plain range", async () => {
    const size = setUp();
    await Excel.run(async (context) => {
      context.workbook.tables.add(`Deals!A1:${a1(size.rows - 1, size.cols - 1)}`, true);
      await context.sync();
    });
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    expect(result.records).toBe(size.rows - 1);
    await ops.clearHighlights();
    const before = snapshot(size);
    await ops.applyFixes(result.findings.filter((f) => f.fix !== null && f.cell !== null));
    await ops.restore();
    expect(snapshot(size)).toBe(before);
  });
});

const DEAL_NAME_COL = 3; // "Deal Name" in examples/mistakes.csv
const lastCell = (size: { rows: number; cols: number }) => a1(size.rows - 1, size.cols - 1);
/** The user filters the deals down to the first two deal names (the other records are hidden). */
function filterToTwoDeals(size: { rows: number; cols: number }): number {
  const names = [2, 3].map((r) => sim.sheet("Deals").cell(a1(r - 1, DEAL_NAME_COL)).text);
  sim.filterRows("Deals", `A1:${lastCell(size)}`, DEAL_NAME_COL, names);
  return sim.sheet("Deals").hiddenRows().length;
}
const findingKeys = (findings: { cell: string | null; code: string; message: string }[]) =>
  findings.map((f) => `${f.cell}:${f.code}:${f.message}`).sort();

describe("filtered rows and hidden columns are checked too, and nothing else changes", () => {
  const layouts = [
    {
      notes: "a filter hides most records: Partner Center uploads them all, so all are checked",
      hide: filterToTwoDeals,
      expected: (hidden: number) => ({ hiddenRows: hidden, filtered: true }),
    },
    {
      notes: "rows hidden by hand: checked, and the summary does not blame a filter",
      hide: () => (sim.hideRows("Deals", "4:6"), 3),
      expected: () => ({ hiddenRows: 3 }),
    },
    {
      notes: "hidden columns: their cells are still read and checked",
      hide: () => (sim.hideColumns("Deals", "D:E"), 0),
      expected: () => ({ hiddenColumns: 2 }),
    },
  ];

  it.each(layouts)("$notes", async ({ hide, expected }) => {
    const size = setUp();
    const ops = createWorkbookOps();
    const plain = await ops.check({ dateOrder: "auto" });
    await ops.clearHighlights();
    sim.resetSyncCount();
    await ops.check({ dateOrder: "auto" });
    const plainSyncs = sim.syncCount;
    await ops.clearHighlights();
    const hidden = hide(size);
    const before = snapshot(size);
    const hiddenBefore = [sim.sheet("Deals").hiddenRows(), sim.sheet("Deals").hiddenColumns()];

    sim.resetSyncCount();
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(sim.syncCount).toBe(plainSyncs); // the layout rides on the first request
    expect(outcome.result.records).toBe(size.rows - 1);
    expect(findingKeys(outcome.result.findings)).toEqual(findingKeys(plain.result.findings));
    expect(outcome.sheet).toMatchObject(expected(hidden));
    expect(outcome.sheet.filtered ?? false).toBe("filtered" in expected(hidden));

    await ops.clearHighlights();
    expect(snapshot(size)).toBe(before);
    const fixable = outcome.result.findings.filter((f) => f.fix !== null && f.cell !== null);
    await ops.applyFixes(fixable);
    expect(fixable.length).toBeGreaterThan(5);
    expect([sim.sheet("Deals").hiddenRows(), sim.sheet("Deals").hiddenColumns()]).toEqual(hiddenBefore);
    await ops.restore();
    expect(snapshot(size)).toBe(before);
  });

  it("the summary line says how many rows a filter hides", async () => {
    const size = setUp();
    const hidden = filterToTwoDeals(size);
    expect(hidden).toBeGreaterThan(1);
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    expect(createTranslator("en").tp("summaryHiddenByFilter", outcome.sheet.hiddenRows ?? 0)).toBe(
      `${hidden} rows are hidden by a filter; they were checked too.`,
    );
  });
});

describe("merged header cells are refused before anything changes", () => {
  const message =
    "The header row has merged cells (B1:C1): unmerge them so every column has its own header, then check again.";
  const ops = [
    { notes: "check (it would mark cells)", op: "check" as const },
    { notes: "save (the CSV would lose a column's name)", op: "buildCsv" as const },
    { notes: "fix after the user merged the header since the check", op: "applyFixes" as const },
    { notes: "keep failed rows (it would copy a broken header)", op: "keepFailedRows" as const },
  ];

  it.each(ops)("$notes", async ({ op }) => {
    const size = setUp();
    sim.configure({ excelApiVersion: "1.13" });
    const workbookOps = createWorkbookOps();
    const { result } = await workbookOps.check({ dateOrder: "auto" });
    await workbookOps.clearHighlights();
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell !== null);
    sim.mergeCells("Deals", "B1:C1");
    const before = snapshot(size);
    const run = {
      check: () => workbookOps.check({ dateOrder: "auto" }),
      buildCsv: () => workbookOps.buildCsv({ split: false, bom: false, dateOrder: "auto" }),
      applyFixes: () => workbookOps.applyFixes(fixable),
      keepFailedRows: () => workbookOps.keepFailedRows(),
    }[op];
    const error = await rejection(run);
    expect(friendlyError(error, { t })).toBe(message);
    expect(snapshot(size)).toBe(before);
  });

  it("below ExcelApi 1.13 the merge cannot be asked for: the blank header cell is reported instead", async () => {
    setUp();
    sim.mergeCells("Deals", "B1:C1");
    const { result } = await createWorkbookOps().check({ dateOrder: "auto" });
    expect(result.findings.filter((f) => f.code === "header-blank")).toHaveLength(1);
  });

  it("costs no extra request: the check makes as many syncs with ExcelApi 1.13 as without", async () => {
    const size = setUp();
    void size;
    // The read alone: the marks step's cost depends on the marks already there, not on 1.13.
    sim.resetSyncCount();
    await createWorkbookOps().check({ dateOrder: "auto", highlight: false });
    const without = sim.syncCount;
    sim.configure({ excelApiVersion: "1.13" });
    sim.resetSyncCount();
    await createWorkbookOps().check({ dateOrder: "auto", highlight: false });
    expect(sim.syncCount).toBe(without);
  });
});

describe("keeping failed rows under a filter", () => {
  const processed = [
    ["Errors", "Deal Name", "Currency"],
    ["", "Won deal A", "USD"],
    ["Required field Solution 1 missing", "Failed B", "USD"],
    ["", "Won deal C", "EUR"],
    ["Invalid currency", "Failed D", "usd"],
  ];

  it("is refused before the Succeeded rows sheet is created; nothing moves", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.addSheet("Processed", processed);
    sim.activate("Processed");
    sim.filterRows("Processed", "A1:C5", 2, ["USD"]);
    const size = { rows: processed.length, cols: 3 };
    const before = snapshot(size);
    sim.resetSyncCount();
    const error = await rejection(() => createWorkbookOps().keepFailedRows());
    expect(friendlyError(error, { t })).toBe(
      "Clear the filter first (Data > Clear), then keep the failed rows again.",
    );
    expect(sim.syncCount).toBe(2); // the read only: shape (with the filter state) and one chunk
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
    expect(snapshot(size)).toBe(before);
  });
});
