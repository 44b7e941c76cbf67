// Live re-checking on the simulated workbook: after each kind of edit the findings the pane gets
// equal a whole check's, the marks on the sheet are exactly the findings' cells, and an edit costs
// few requests (one typed cell ≤ 2, a 500-row paste ≤ 4, on 5,000 × 155).
import type { Finding, Severity } from "../core/types";
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import type { CheckOutcome } from "../taskpane/ports";
import { parseRect } from "./changeMap";
import { MARK_PREFIX, cellsBySeverity } from "./highlight";
import { createWorkbookOps, type ExcelOps } from "./index";
import { a1, exampleTable, partnerCenterSizedSheet } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim?.uninstall());

interface Live {
  ops: ExcelOps;
  updates: CheckOutcome[];
  header: string[];
}

async function start(rows: string[][]): Promise<Live> {
  sim = installRealClientHost({ sheets: ["Sheet1"] });
  sim.addSheet("Deals", rows);
  sim.activate("Deals");
  const ops = createWorkbookOps({ liveDelayMs: 0 });
  const updates: CheckOutcome[] = [];
  await ops.follow({ sheetChanged: () => undefined, rechecked: (outcome) => updates.push(outcome) });
  await ops.check({ dateOrder: "auto" });
  return { ops, updates, header: rows[0] };
}

async function settle(ops: ExcelOps): Promise<void> {
  await sim.eventsDelivered();
  await ops.liveSettled();
}

/** Each marked cell of the sheet and the severities of our rules over it. */
function marksOnSheet(): Map<string, Severity[]> {
  const out = new Map<string, Severity[]>();
  for (const cf of sim.sheet("Deals").conditionalFormats()) {
    const formula = cf.formula ?? "";
    if (!formula.includes(MARK_PREFIX)) continue;
    const severity = /cosell-check:(\w+)/.exec(formula)?.[1] as Severity;
    for (const range of cf.ranges) {
      const rect = parseRect(range);
      if (!rect) throw new Error(`unreadable range ${range}`);
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.cols; c++) {
          const k = a1(rect.row + r, rect.col + c);
          out.set(k, [...(out.get(k) ?? []), severity]);
        }
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function marksOf(findings: readonly Finding[]): Map<string, Severity[]> {
  const out = new Map<string, Severity[]>();
  const cells = cellsBySeverity(findings);
  for (const severity of ["error", "warning", "notice"] as const)
    for (const cell of cells[severity]) out.set(a1(cell.row, cell.col), [severity]);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The last live update equals a whole check of the sheet now, and the marks are its findings'. */
async function expectWholeCheckResult({ ops, updates }: Live): Promise<CheckOutcome> {
  const live = updates[updates.length - 1];
  const whole = await ops.check({ dateOrder: "auto", highlight: false });
  expect(live.result).toEqual(whole.result);
  expect(live.sheet.accountSuggestions).toBe(whole.sheet.accountSuggestions);
  expect(marksOnSheet()).toEqual(marksOf(whole.result.findings));
  return live;
}

const mistakes = () => exampleTable("mistakes").rows.map((r) => [...r]);
const codesAt = (outcome: CheckOutcome, cell: string) =>
  outcome.result.findings.filter((f) => f.cell === cell).map((f) => f.code);

describe("live re-check on the simulated workbook", () => {
  it("typing the missing city removes its error and its mark; a new mistake gets both", async () => {
    const live = await start(mistakes());
    expect(marksOnSheet().get("H9")).toEqual(["error"]);
    sim.typeCell("Deals", "H9", "Redmond");
    await settle(live.ops);
    expect(live.ops.lastLiveUpdate()).toMatchObject({ kind: "rows", rows: 1 });
    const after = await expectWholeCheckResult(live);
    expect(codesAt(after, "H9")).toEqual([]);
    expect(marksOnSheet().has("H9")).toBe(false);

    sim.typeCell("Deals", "K3", "Germany");
    await settle(live.ops);
    const next = await expectWholeCheckResult(live);
    expect(codesAt(next, "K3").length).toBeGreaterThan(0);
    expect(marksOnSheet().get("K3")).toEqual(["error"]);
  });

  it("an edit that changes a date column's evidence or a duplicate group updates other rows too", async () => {
    const rows = mistakes();
    const live = await start(rows);
    const dateCol = live.header.indexOf("Estimated Close Date");
    const dealCol = live.header.indexOf("Deal Name");
    // 6/6/2026 elsewhere stays the same, but a month-first proof makes the column hold both orders.
    sim.typeCell("Deals", a1(3, dateCol), "6/13/2026");
    await settle(live.ops);
    await expectWholeCheckResult(live);
    // Two create rows with the same customer and deal name: the later one is a duplicate.
    sim.typeCell("Deals", a1(5, dealCol), rows[4][dealCol]);
    await settle(live.ops);
    const dup = await expectWholeCheckResult(live);
    expect(dup.result.findings.map((f) => f.code)).toContain("create-row-duplicate");
    sim.typeCell("Deals", a1(4, dealCol), "Renamed");
    await settle(live.ops);
    const undup = await expectWholeCheckResult(live);
    expect(undup.result.findings.map((f) => f.code)).not.toContain("create-row-duplicate");
  });

  it.each([
    {
      notes: "a pasted block of rows below the table (the table grows)",
      act: (rows: string[][]) => sim.paste("Deals", "A16", rows.slice(1, 6)),
      kind: "rows",
    },
    {
      notes: "a pasted block over existing rows",
      act: (rows: string[][]) => sim.paste("Deals", "A3", rows.slice(8, 12)),
      kind: "rows",
    },
    { notes: "a row inserted (rows move down)", act: () => sim.insertRows("Deals", "5:5"), kind: "whole" },
    { notes: "a row deleted (rows move up)", act: () => sim.deleteRows("Deals", "7:7"), kind: "whole" },
    {
      notes: "a sort of the records by Deal Name (rows change places)",
      act: (rows: string[][]) => sim.sortRows("Deals", `A2:${a1(rows.length - 1, rows[0].length - 1)}`, 3),
      kind: "rows",
    },
    {
      notes: "the header row edited",
      act: () => sim.typeCell("Deals", "H1", "City of the customer"),
      kind: "whole",
    },
    {
      notes: "cells cleared beside the table",
      act: (rows: string[][]) => sim.typeCell("Deals", a1(3, rows[0].length + 2), "stray"),
      kind: "whole",
    },
  ])("$notes: the findings and marks equal a whole check's", async ({ act, kind }) => {
    const rows = mistakes();
    const live = await start(rows);
    act(rows);
    await settle(live.ops);
    expect(live.ops.lastLiveUpdate()?.kind).toBe(kind);
    await expectWholeCheckResult(live);
  });

  it("with Check as I edit turned off nothing is re-checked; turning it on checks the sheet once", async () => {
    const live = await start(mistakes());
    live.ops.setLiveCheck(false);
    sim.typeCell("Deals", "K6", "US");
    await settle(live.ops);
    // A check while it is off starts nothing either.
    await live.ops.check({ dateOrder: "auto" });
    sim.typeCell("Deals", "H9", "Redmond");
    await settle(live.ops);
    expect(live.updates).toHaveLength(0);
    live.ops.setLiveCheck(true);
    await settle(live.ops);
    expect(live.updates).toHaveLength(1);
    expect(live.ops.lastLiveUpdate()?.kind).toBe("whole");
    const after = await expectWholeCheckResult(live);
    expect(codesAt(after, "H9")).toEqual([]);
  });

  it("edits on another sheet are not the checked sheet's", async () => {
    const live = await start(mistakes());
    sim.typeCell("Sheet1", "H9", "Redmond");
    await settle(live.ops);
    expect(live.updates).toHaveLength(0);
  });
});

const RECORDS = 5000;

describe("live re-check budgets on 5,000 records × 155 columns", () => {
  it("one typed cell costs at most 2 requests, a 500-row paste at most 4", async () => {
    const rows = partnerCenterSizedSheet(RECORDS);
    const live = await start(rows);
    expect(rows[0].length).toBeGreaterThanOrEqual(155);
    const country = live.header.indexOf("Customer Country");
    // Row 2 is record 0: "USA", an error.
    sim.resetSyncCount();
    sim.typeCell("Deals", a1(1, country), "US");
    await settle(live.ops);
    expect(live.ops.lastLiveUpdate()).toMatchObject({ kind: "rows", rows: 1 });
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    process.stdout.write(`live: one typed cell on ${RECORDS} × ${rows[0].length}: ${sim.syncCount} syncs\n`);
    await expectWholeCheckResult(live);

    // 500 rows of records 1..500 pasted over records 1000..1499, as text.
    const block = rows.slice(2, 502);
    sim.resetSyncCount();
    sim.paste("Deals", "A1002", block);
    await settle(live.ops);
    expect(live.ops.lastLiveUpdate()).toMatchObject({ kind: "rows", rows: 500 });
    expect(sim.syncCount).toBeLessThanOrEqual(4);
    process.stdout.write(`live: 500-row paste: ${sim.syncCount} syncs\n`);
    const after = await expectWholeCheckResult(live);
    expect(after.result.findings.filter((f) => f.code === "create-row-duplicate")).toHaveLength(500);
  }, 240_000);
});
