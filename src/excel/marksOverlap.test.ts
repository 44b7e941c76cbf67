// Old marks on a sheet whose user rules overlap them, through Microsoft's Office.js client (it decides
// how each rule is addressed on the wire): deleting ours by id leaves every user rule in place;
// deleting by position, as a collection loaded without ids is addressed (GetItemAt), does not.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { MARK_PREFIX, isOurRule } from "./highlight";
import { exampleTable, putTable } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const isOurs = (cf: { formula: string | null }) => (cf.formula ?? "").includes(MARK_PREFIX);
const userRules = () =>
  sim
    .sheet("Deals")
    .conditionalFormats()
    .filter((cf) => !isOurs(cf))
    .map(({ id, type, ranges, formula, fill }) => ({ id, type, ranges, formula, fill }));

/** Marks from a check, then user rules over the same cells added above them, then marks again. */
async function interleaved(): Promise<void> {
  sim = installRealClientHost({ sheets: ["Deals"] });
  putTable(sim, "Deals", exampleTable("mistakes"));
  const ops = createWorkbookOps();
  await ops.check({ dateOrder: "auto" });
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Deals").getRange("A1:Z40");
    for (const [formula, color] of [
      ['=A1="x"', "#0000FF"],
      ["=LEN(A1)>40", "#00FF00"],
    ]) {
      const own = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      own.custom.rule.formula = formula;
      own.custom.format.fill.color = color;
    }
    range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    await context.sync();
  });
  await ops.check({ dateOrder: "auto" }); // ours on top again: user rules now sit between and below
}

describe("deleting old marks where user rules overlap them (real client)", () => {
  it.each([
    { run: "re-check", notes: "a check replaces its marks: old ones deleted, new ones added, one batch" },
    { run: "clear", notes: "Clear highlights deletes every mark of ours" },
  ])("$run by id leaves every user rule in place: $notes", async ({ run }) => {
    await interleaved();
    const before = userRules();
    expect(before).toHaveLength(3);
    const ours = sim.sheet("Deals").conditionalFormats().filter(isOurs).length;
    expect(ours).toBeGreaterThan(1); // several deletions in one batch, where positions would shift
    const ops = createWorkbookOps();
    if (run === "clear") {
      expect(await ops.clearHighlights()).toEqual({ removed: ours, failedSheets: [] });
      expect(sim.sheet("Deals").conditionalFormats().filter(isOurs)).toEqual([]);
    } else {
      const outcome = await ops.check({ dateOrder: "auto" });
      expect(outcome.highlightsFailed ?? false).toBe(false);
      expect(sim.sheet("Deals").conditionalFormats().filter(isOurs)).toHaveLength(ours);
    }
    expect(userRules()).toEqual(before);
  });

  it("the same deletions by position (rules loaded without ids) take user rules: the case this guards", async () => {
    await interleaved();
    const before = userRules();
    const outcome = await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Deals").getRange().conditionalFormats;
      // Everything in one load, no ids: the client addresses each item as GetItemAt(position), and
      // the positions are taken in the deleting batch, where each deletion shifts the rest.
      formats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      formats.items
        .filter((f) => !f.customOrNullObject.isNullObject && isOurRule(f.customOrNullObject.rule))
        .forEach((f) => f.delete());
      await context.sync();
    }).then(
      () => "deleted",
      (e: OfficeExtension.Error) => e.code,
    );
    // Either a user rule went instead of ours, or Excel refused a position that no longer exists.
    const kept = userRules();
    expect(outcome === "ItemNotFound" || kept.length < before.length).toBe(true);
  });
});
