// Conditional formats: custom formula rules with fills, on ranges and multi-area RangeAreas.
import { installSimulatedHost, type SimHandle } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost();
});
afterEach(() => sim.uninstall());

async function addRule(address: string, formula: string, color: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const target = address.includes(",") ? sheet.getRanges(address) : sheet.getRange(address);
    const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = color;
    cf.priority = 0;
    cf.stopIfTrue = false;
    await context.sync();
  });
}

test("a custom rule is stored with its formula, fill and ranges, and covers exactly its cells", async () => {
  await addRule("B2:B4,D7", '=N("mark")=0', "#ffc7ce");
  expect(sim.sheet("Sheet1").conditionalFormats()).toEqual([
    {
      id: expect.any(String),
      type: "Custom",
      ranges: ["B2:B4", "D7"],
      formula: '=N("mark")=0',
      fill: "#FFC7CE",
      stopIfTrue: false,
    },
  ]);
  expect(sim.sheet("Sheet1").cell("B3").conditionalFormats).toHaveLength(1);
  expect(sim.sheet("Sheet1").cell("C3").conditionalFormats).toHaveLength(0);
  expect(sim.sheet("Sheet1").cell("B3").fill).toBeNull(); // the cell's own fill is untouched
});

test("items load with nested paths (customOrNullObject) and read back type, formula and priority", async () => {
  await addRule("A1", "=TRUE", "#FFEB9C");
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("C1")
      .conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    void cf;
    await context.sync();
  });
  await Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
    formats.load(
      "items/type,items/priority,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color",
    );
    const count = formats.getCount();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only sync
    expect(count.value).toBe(2);
    const [first, second] = formats.items;
    expect([first.type, first.priority, first.customOrNullObject.isNullObject]).toEqual(["DataBar", 0, true]);
    expect([second.type, second.priority, second.customOrNullObject.isNullObject]).toEqual([
      "Custom",
      1,
      false,
    ]);
    expect(second.customOrNullObject.rule.formula).toBe("=TRUE");
    expect(second.customOrNullObject.format.fill.color).toBe("#FFEB9C");
  });
});

test("a range's collection lists only rules that intersect it; delete() removes one rule", async () => {
  await addRule("A1:A5", "=1", "#FF0000");
  await addRule("C1:C5", "=2", "#00FF00");
  await Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A3:B3").conditionalFormats;
    formats.load("items/id");
    await context.sync();
    expect(formats.items).toHaveLength(1);
    formats.items[0].delete();
    await context.sync();
  });
  expect(
    sim
      .sheet("Sheet1")
      .conditionalFormats()
      .map((f) => f.formula),
  ).toEqual(["=2"]);
});

test("clearAll removes formatting from the range's cells only (rules keep their other cells)", async () => {
  await addRule("A1:A10", "=1", "#FF0000");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A4:A5").conditionalFormats.clearAll();
    await context.sync();
  });
  expect(sim.sheet("Sheet1").conditionalFormats()[0].ranges).toEqual(["A1:A3", "A6:A10"]);
});

test("a rule on a deleted conditional format fails with ItemNotFound", async () => {
  await addRule("A1", "=1", "#FF0000");
  const code = await Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats;
    formats.load("items");
    await context.sync();
    const cf = formats.items[0];
    cf.delete();
    cf.custom.rule.formula = "=2";
    await context.sync();
  }).then(
    () => null,
    (e: OfficeExtension.Error) => e.code,
  );
  expect(code).toBe("ItemNotFound");
});
