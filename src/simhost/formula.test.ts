// Formula cells read back a value (evaluated on read) and their formula through Range.formulas.
import { installSimulatedHost, type SimHandle } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost();
  sim.setCell("Sheet1", "A1", 10);
  sim.setCell("Sheet1", "A2", "abc");
  sim.setCell("Sheet1", "A3", 32);
});
afterEach(() => sim.uninstall());

const cases = [
  { formula: "=A1*2+1", value: 21, type: "Double", notes: "arithmetic with a reference" },
  { formula: '=A2&"-"&A1', value: "abc-10", type: "String", notes: "concatenation" },
  {
    formula: '=N("cosell-check:error")=0',
    value: true,
    type: "Boolean",
    notes: "the project's always-true marker formula",
  },
  { formula: "=SUM(A1:A3)", value: 42, type: "Double", notes: "SUM over a range skips text" },
  { formula: '=IF(A1>5,"big","small")', value: "big", type: "String", notes: "IF and comparison" },
  { formula: "=A1/0", value: "#DIV/0!", type: "Error", notes: "division by zero" },
  { formula: "=NOSUCH(1)", value: "#NAME?", type: "Error", notes: "unknown function" },
  { formula: "=B9", value: "", type: "Empty", notes: "an empty reference reads as empty" },
  { formula: '=LEN(TRIM("  a  b "))', value: 3, type: "Double", notes: "nested text functions" },
];
test.each(cases)("$formula → $value ($notes)", async ({ formula, value, type }) => {
  await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("C1");
    cell.formulas = [[formula]];
    cell.load("values,formulas,valueTypes");
    await context.sync();
    expect(cell.values).toEqual([[value]]);
    expect(cell.formulas).toEqual([[formula]]);
    expect(cell.valueTypes).toEqual([[type]]);
  });
});

test("dependents follow their precedents (evaluation on read)", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("C1").formulas = [["=A1+1"]];
    sheet.getRange("A1").values = [[100]];
    const c1 = sheet.getRange("C1").load("values");
    await context.sync();
    expect(c1.values).toEqual([[101]]);
  });
});

test("a circular reference reads as 0 instead of hanging", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("D1").formulas = [["=D2+1"]];
    sheet.getRange("D2").formulas = [["=D1+1"]];
    const d1 = sheet.getRange("D1").load("values");
    await context.sync();
    expect(typeof d1.values[0][0]).toBe("number");
  });
});
