// applyFixes / restore on the simulated host: fixed values stay text, every changed cell comes
// back exactly (value, type, number format), edits made after the check are never overwritten.
import fc from "fast-check";
import { applyFixes } from "../core/fixes";
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { a1, exampleTable, putTable } from "./testSheets";
import { findColumn } from "./columns";

let sim: SimHandle;
afterEach(() => sim.uninstall());

function setUp() {
  sim = installRealClientHost({ sheets: ["Deals"] });
  const table = exampleTable("mistakes");
  putTable(sim, "Deals", table);
  return table;
}

const snapshotOf = (cells: string[]) =>
  cells.map((c) => {
    const { value, numberFormat, formula, fill, bold } = sim.sheet("Deals").cell(c);
    return { c, value, type: typeof value, numberFormat, formula, fill, bold };
  });

describe("applyFixes and restore", () => {
  it("writes every fix as text in 2 syncs and restore puts every cell back exactly in 2", async () => {
    const table = setUp();
    const header = table.rows[0];
    // Cells the user formatted themselves: a real date and a number, each with its own format.
    const dateCol = findColumn(header, "Estimated Close Date");
    const dunsCol = findColumn(header, "Customer D-U-N-S ID");
    // Text in a General cell that Excel would turn into a date if it were typed again.
    sim.setCell("Deals", a1(1, dateCol), "01/30/2026", "General");
    sim.setCell("Deals", a1(2, dunsCol), 81466849, "0"); // leading zero lost: a number
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    expect(fixable.length).toBeGreaterThan(3);
    const cells = [...new Set(fixable.map((f) => f.cell as string))];
    const before = snapshotOf(cells);

    sim.resetSyncCount();
    const { changed } = await ops.applyFixes(fixable);
    expect(sim.syncCount).toBe(2);
    expect(changed).toBe(cells.length);
    expect(ops.canRestore()).toBe(true);
    for (const f of fixable) {
      const cell = sim.sheet("Deals").cell(f.cell as string);
      expect(cell.numberFormat).toBe("@");
      expect(typeof cell.value).toBe("string");
    }
    expect(sim.sheet("Deals").cell(a1(1, dateCol)).value).toBe("1/30/2026"); // not a serial
    expect(sim.sheet("Deals").cell(a1(2, dunsCol)).value).toBe("081466849"); // zero kept

    sim.resetSyncCount();
    const { restored, changedSince } = await ops.restore();
    // One read (to leave cells changed since the fix), one write.
    expect(sim.syncCount).toBe(2);
    expect(restored).toBe(cells.length);
    expect(changedSince).toEqual([]);
    expect(snapshotOf(cells)).toEqual(before);
    expect(ops.canRestore()).toBe(false);
  });

  it("is idempotent: a second run with the same findings changes nothing", async () => {
    setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    await ops.applyFixes(fixable);
    const cells = fixable.map((f) => f.cell as string);
    const after = snapshotOf(cells);
    const second = await ops.applyFixes(fixable);
    expect(second.changed).toBe(0);
    expect(snapshotOf(cells)).toEqual(after);
  });

  it("never overwrites a cell the user changed after the check", async () => {
    const table = setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const currency = result.findings.find((f) => f.column === "Currency" && f.fix);
    expect(currency?.fix).toBe("USD");
    sim.setCell("Deals", currency?.cell as string, "EUR");
    const { changed } = await ops.applyFixes([currency!]);
    expect(changed).toBe(0);
    expect(sim.sheet("Deals").cell(currency?.cell as string).value).toBe("EUR");
    expect(table.rows.length).toBeGreaterThan(1);
  });

  it("undoes batches one by one, newest first, each cell back exactly", async () => {
    setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    const cellsOf = (findings: typeof fixable) => [...new Set(findings.map((f) => f.cell as string))];
    // Two batches on different cells, as a user fixing one rule and then another would.
    const firstCells = cellsOf(fixable).slice(0, 2);
    const first = fixable.filter((f) => firstCells.includes(f.cell as string));
    const second = fixable.filter((f) => !firstCells.includes(f.cell as string));
    expect(second.length).toBeGreaterThan(0);
    const original = snapshotOf(cellsOf(fixable));
    await ops.applyFixes(first);
    const afterFirst = snapshotOf(cellsOf(fixable));
    await ops.applyFixes(second);
    // A batch that changes nothing (already fixed) is not an undo step and does not lose one.
    expect((await ops.applyFixes(second)).changed).toBe(0);

    expect(await ops.restore()).toEqual({ restored: cellsOf(second).length, changedSince: [] });
    expect(snapshotOf(cellsOf(fixable))).toEqual(afterFirst);
    expect(ops.canRestore()).toBe(true);
    expect(await ops.restore()).toEqual({ restored: firstCells.length, changedSince: [] });
    expect(snapshotOf(cellsOf(fixable))).toEqual(original);
    expect(ops.canRestore()).toBe(false);
    expect(await ops.restore()).toEqual({ restored: 0, changedSince: [] });
  });

  it("leaves a cell the user changed after the fix, names it, and undoes the rest", async () => {
    setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    const cells = [...new Set(fixable.map((f) => f.cell as string))];
    const before = snapshotOf(cells);
    await ops.applyFixes(fixable);
    const edited = cells[0];
    sim.setCell("Deals", edited, "typed by the user");
    const outcome = await ops.restore();
    expect(outcome).toEqual({ restored: cells.length - 1, changedSince: [edited] });
    expect(sim.sheet("Deals").cell(edited).value).toBe("typed by the user");
    expect(snapshotOf(cells.slice(1))).toEqual(before.slice(1));
    expect(ops.canRestore()).toBe(false);
  });

  it("restores formulas as formulas", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Deals");
      sheet.getRange("A1:B1").values = [["Currency", "Deal Name"]];
      sheet.getRange("A2").formulas = [['=LOWER("USD")']];
      sheet.getRange("B2").values = [["x"]];
      await context.sync();
    });
    const ops = createWorkbookOps();
    const before = sim.sheet("Deals").cell("A2");
    const finding = {
      code: "enum-case",
      severity: "notice" as const,
      row: 2,
      column: "Currency",
      cell: "A2",
      at: { row: 1, col: 0 },
      value: null,
      params: {},
      message: "",
      fix: "USD",
    };
    await ops.applyFixes([finding]);
    expect(sim.sheet("Deals").cell("A2").formula).toBeNull();
    await ops.restore();
    const after = sim.sheet("Deals").cell("A2");
    expect([after.formula, after.numberFormat]).toEqual([before.formula, before.numberFormat]);
  });
});

describe("which of two fixes for one cell Excel writes", () => {
  // The same choice as the CLI's --fix (core/fixPlan.ts): the more severe finding's fix.
  const at = { row: 1, col: 1 };
  const base = { row: 2, column: "Currency", cell: "B2", at, value: "usd ", params: {}, message: "" };
  const whitespace = { ...base, code: "whitespace", severity: "notice" as const, fix: "usd" };
  const control = { ...base, code: "control-character", severity: "warning" as const, fix: "USD" };
  it.each([
    { findings: [whitespace, control], notes: "the warning's fix wins although it comes last" },
    { findings: [control, whitespace], notes: "the warning's fix wins although it comes first" },
  ])("$notes", async ({ findings }) => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    putTable(sim, "Deals", {
      rows: [
        ["Deal Name", "Currency"],
        ["x", "usd "],
      ],
    });
    await createWorkbookOps().applyFixes(findings);
    expect(sim.sheet("Deals").cell("B2").value).toBe("USD");
  });
});

describe("Excel writes what the CLI's --fix writes, whatever fixes meet on one cell (property)", () => {
  // Both ask core/fixPlan.ts: the most severe finding's fix, the first among equals.
  const codes = { error: "money-format", warning: "control-character", notice: "whitespace" } as const;
  const spec = fc.record({
    row: fc.integer({ min: 1, max: 2 }),
    col: fc.integer({ min: 0, max: 1 }),
    severity: fc.constantFrom("error" as const, "warning" as const, "notice" as const),
    fix: fc.constantFrom("a", "b", "USD", "12563"),
  });
  it("same cells, same values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 6 }), async (specs) => {
        const table = {
          rows: [
            ["Deal Name", "Currency"],
            ["x", "usd "],
            ["y ", "$12,563.00"],
          ],
        };
        const findings = specs.map(({ row, col, severity, fix }) => ({
          code: codes[severity],
          severity,
          row: row + 1,
          column: table.rows[0][col],
          cell: a1(row, col),
          at: { row, col },
          value: table.rows[row][col],
          params: {},
          message: "",
          fix,
        }));
        const cli = applyFixes(table, findings).table;
        sim = installRealClientHost({ sheets: ["Deals"] });
        try {
          putTable(sim, "Deals", table);
          await createWorkbookOps().applyFixes(findings);
          const excel = table.rows.map((r, row) =>
            r.map((_, col) => String(sim.sheet("Deals").cell(a1(row, col)).value)),
          );
          expect(excel).toEqual(cli.rows);
        } finally {
          sim.uninstall();
          sim = installRealClientHost({ sheets: ["Deals"] }); // afterEach uninstalls one
        }
      }),
      { numRuns: 60 },
    );
  });
});
