// Workbook safety on the simulated Excel host: clearing highlights and Restore give back every
// cell exactly; a protected sheet or a cell in edit mode stops an operation with one clear
// sentence and leaves the workbook as it was; a sheet whose data is an Excel table is handled.
// Filters, hidden rows/columns and merged cells are not modelled by src/simhost (see README).
import { createWorkbookOps } from "../../src/excel";
import { a1, exampleTable, putTable } from "../../src/excel/testSheets";
import { installSimulatedHost, type SimHandle } from "../../src/simhost";
import { friendlyError } from "../../src/taskpane/state/friendlyError";
import { createTranslator } from "../../src/taskpane/i18n/translate";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const t = createTranslator("en").t;

/** A sheet as the user left it: the mistakes example plus their own formats, fills and a rule. */
function setUp(): { rows: number; cols: number } {
  sim = installSimulatedHost({ sheets: ["Deals", "Other"] });
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
    cells.push({ sheet, conditionalFormats: view.conditionalFormats(), comments: view.comments() });
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
      notes: "protected sheet: checking (which marks cells) is refused",
      block: () => sim.protectSheet("Deals", true),
      op: "check" as const,
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
