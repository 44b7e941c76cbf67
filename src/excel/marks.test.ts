// Marks are best effort and never touch the user's own rules: found again by marker, deleted by id,
// sized under the address limit, and one sheet Excel refuses does not keep the others marked.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import type { Finding } from "../core/types";
import { createWorkbookOps } from "./index";
import { MARK_ADDRESS_CHARS, MARK_PREFIX, addMarks } from "./highlight";
import { exampleTable, putTable } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const isOurs = (cf: { formula: string | null }) => (cf.formula ?? "").includes(MARK_PREFIX);
const userRules = (sheet: string) =>
  sim
    .sheet(sheet)
    .conditionalFormats()
    .filter((cf) => !isOurs(cf))
    .map(({ type, ranges, formula, fill, stopIfTrue }) => ({ type, ranges, formula, fill, stopIfTrue }));

function mistakesOn(...sheets: string[]): void {
  sim = installRealClientHost({ sheets });
  for (const sheet of sheets) putTable(sim, sheet, exampleTable("mistakes"));
}

/** The user's own rules over the data, overlapping every mark, custom and not, in a given order. */
async function addUserRules(sheetName: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const rules: [string, string][] = [
      ['=A1="x"', "#0000FF"],
      ["=LEN(A1)>40", "#00FF00"],
      ['=ISNUMBER(SEARCH("zz",A1))', "#FF00FF"],
    ];
    for (const [formula, color] of rules) {
      const own = sheet.getRange("A1:Z40").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      own.custom.rule.formula = formula;
      own.custom.format.fill.color = color;
    }
    // A rule of another type: reading its `custom` would fail.
    sheet.getRange("B2:H9").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    await context.sync();
  });
}

describe("old marks are deleted by id, and the user's rules stay", () => {
  it("re-checking and clearing, with the user's rules interleaved with ours, leaves every user rule as it was", async () => {
    mistakesOn("Deals");
    const ops = createWorkbookOps();
    await ops.check({ dateOrder: "auto" });
    // Added after our marks, so ours sit between and below the user's rules.
    await addUserRules("Deals");
    const before = userRules("Deals");
    expect(before).toHaveLength(4);
    await ops.check({ dateOrder: "auto" });
    await ops.check({ dateOrder: "auto" });
    expect(userRules("Deals")).toEqual(before);
    expect(sim.sheet("Deals").conditionalFormats().filter(isOurs).length).toBeGreaterThan(0);
    expect(await ops.clearHighlights()).toEqual({ removed: expect.any(Number), failedSheets: [] });
    expect(sim.sheet("Deals").conditionalFormats().filter(isOurs)).toEqual([]);
    expect(userRules("Deals")).toEqual(before);
  });
});

describe("highlighting never blocks a check", () => {
  it("a check whose marks cannot be written still returns its findings, flagged highlightsFailed", async () => {
    mistakesOn("Deals");
    const ops = createWorkbookOps();
    const first = await ops.check({ dateOrder: "auto" });
    expect(first.highlightsFailed).toBeUndefined();
    const marks = sim.sheet("Deals").conditionalFormats();
    sim.protectSheet("Deals", true); // reading is allowed, adding or deleting rules is not
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const second = await ops.check({ dateOrder: "auto" });
    expect(second.highlightsFailed).toBe(true);
    expect(second.result.findings).toEqual(first.result.findings);
    expect(sim.sheet("Deals").conditionalFormats()).toEqual(marks);
    // Logged with its code, for the console and Copy diagnostics.
    expect(error.mock.calls[0][0]).toMatch(/refreshMarks failed: AccessDenied/);
    error.mockRestore();
  });

  it("highlight: false reads and checks without touching the marks (Save)", async () => {
    mistakesOn("Deals");
    const ops = createWorkbookOps();
    sim.resetSyncCount();
    const outcome = await ops.check({ dateOrder: "auto", highlight: false });
    expect(outcome.result.summary.error).toBeGreaterThan(0);
    expect(sim.sheet("Deals").conditionalFormats()).toEqual([]);
    expect(sim.syncCount).toBe(2); // shape, one chunk
  });
});

describe("clearing highlights sheet by sheet", () => {
  it("a sheet Excel refuses (protected) does not keep the other sheets marked; it is named", async () => {
    mistakesOn("Deals", "Old deals", "More deals");
    const ops = createWorkbookOps();
    for (const sheet of ["Deals", "Old deals", "More deals"]) {
      sim.activate(sheet);
      await ops.check({ dateOrder: "auto" });
      expect(sim.sheet(sheet).conditionalFormats().filter(isOurs).length).toBeGreaterThan(0);
    }
    sim.protectSheet("Old deals", true);
    const kept = sim.sheet("Old deals").conditionalFormats();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const outcome = await ops.clearHighlights();
    error.mockRestore();
    expect(outcome.failedSheets).toEqual(["Old deals"]);
    expect(sim.sheet("Deals").conditionalFormats().filter(isOurs)).toEqual([]);
    expect(sim.sheet("More deals").conditionalFormats().filter(isOurs)).toEqual([]);
    expect(sim.sheet("Old deals").conditionalFormats()).toEqual(kept);
  });

  it("when no sheet can be cleared, the reason is the error", async () => {
    mistakesOn("Deals");
    const ops = createWorkbookOps();
    await ops.check({ dateOrder: "auto" });
    sim.protectSheet("Deals", true);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(ops.clearHighlights()).rejects.toMatchObject({ code: "AccessDenied" });
    error.mockRestore();
  });
});

describe("mark rules are sized under the address limit", () => {
  it("no rule's address comes near Excel's 8,192 characters (Excel truncates longer ones)", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    // Every other row of two columns: thousands of separate areas.
    const findings = Array.from({ length: 4000 }, (_, i) => ({
      severity: "error",
      cell: `${i % 2 ? "C" : "AB"}${2 * i + 2}`,
    })) as Finding[];
    await Excel.run(async (context) => {
      addMarks(context.workbook.worksheets.getItem("Deals"), findings);
      await context.sync();
    });
    const rules = sim.sheet("Deals").conditionalFormats();
    expect(rules.length).toBeGreaterThan(1);
    for (const rule of rules) expect(rule.ranges.join(",").length).toBeLessThanOrEqual(MARK_ADDRESS_CHARS);
    expect(MARK_ADDRESS_CHARS).toBeLessThanOrEqual(8192 - 500);
    expect(rules.flatMap((r) => r.ranges)).toHaveLength(4000);
  });
});
