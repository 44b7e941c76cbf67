// Moving cells: insert/delete with shifts, copyFrom, clear; formats and validation move with cells.
import { installSimulatedHost, type SimHandle } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Sheet1", "Kept"] });
  for (let r = 1; r <= 5; r++) {
    sim.setCell("Sheet1", `A${r}`, `a${r}`);
    sim.setCell("Sheet1", `B${r}`, `b${r}`);
  }
});
afterEach(() => sim.uninstall());

const column = (col: string) =>
  sim
    .sheet("Sheet1")
    .values(`${col}1:${col}6`)
    .map((r) => r[0]);

const cases = [
  {
    notes: "delete rows 2-3 of column A, shift up: B untouched",
    op: "delete",
    address: "A2:A3",
    shift: "Up",
    a: ["a1", "a4", "a5", "", "", ""],
    b: ["b1", "b2", "b3", "b4", "b5", ""],
  },
  {
    notes: "delete entire rows 2-3",
    op: "delete",
    address: "2:3",
    shift: "Up",
    a: ["a1", "a4", "a5", "", "", ""],
    b: ["b1", "b4", "b5", "", "", ""],
  },
  {
    notes: "insert two cells at A2, shift down",
    op: "insert",
    address: "A2:A3",
    shift: "Down",
    a: ["a1", "", "", "a2", "a3", "a4"],
    b: ["b1", "b2", "b3", "b4", "b5", ""],
  },
  {
    notes: "insert entire row 1",
    op: "insert",
    address: "1:1",
    shift: "Down",
    a: ["", "a1", "a2", "a3", "a4", "a5"],
    b: ["", "b1", "b2", "b3", "b4", "b5"],
  },
  {
    notes: "delete A1 shifting left pulls B1 over",
    op: "delete",
    address: "A1",
    shift: "Left",
    a: ["b1", "a2", "a3", "a4", "a5", ""],
    b: ["", "b2", "b3", "b4", "b5", ""],
  },
];
test.each(cases)("$notes", async ({ op, address, shift, a, b }) => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (op === "delete") range.delete(shift as Excel.DeleteShiftDirection);
    else range.insert(shift as Excel.InsertShiftDirection);
    await context.sync();
  });
  expect(column("A")).toEqual(a);
  expect(column("B")).toEqual(b);
});

test("deleting rows moves fills and validation with their cells, and shifts conditional formats and names", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A5").format.fill.color = "#00FF00";
    sheet.getRange("B5").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
    sheet.getRange("A4:A5").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula =
      "=TRUE";
    context.workbook.names.add("Tail", sheet.getRange("A4:B5"));
    await context.sync();
    sheet.getRange("1:2").delete(Excel.DeleteShiftDirection.up);
    await context.sync();
  });
  const s = sim.sheet("Sheet1");
  expect(s.cell("A3")).toMatchObject({ value: "a5", fill: "#00FF00" });
  expect(s.cell("B3").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "x,y" } });
  expect(s.cell("A5").fill).toBeNull();
  expect(s.conditionalFormats()[0].ranges).toEqual(["A2:A3"]);
  expect(sim.names()).toEqual([{ name: "Tail", reference: "Sheet1!$A$2:$B$3" }]);
});

test("copyFrom copies values and formats to another sheet", async () => {
  await Excel.run(async (context) => {
    const src = context.workbook.worksheets.getItem("Sheet1");
    src.getRange("A2").numberFormat = [["@"]];
    src.getRange("A2").format.font.bold = true;
    context.workbook.worksheets
      .getItem("Kept")
      .getRange("C1")
      .copyFrom(src.getRange("A1:B3"), Excel.RangeCopyType.all);
    await context.sync();
  });
  expect(sim.sheet("Kept").values("C1:D3")).toEqual([
    ["a1", "b1"],
    ["a2", "b2"],
    ["a3", "b3"],
  ]);
  expect(sim.sheet("Kept").cell("C2")).toMatchObject({ numberFormat: "@", bold: true });
});

const clears = [
  { notes: "contents keep formats", applyTo: "Contents", value: "", fill: "#FF0000" },
  { notes: "formats keep contents", applyTo: "Formats", value: "a1", fill: null },
  { notes: "all removes both", applyTo: "All", value: "", fill: null },
];
test.each(clears)("clear: $notes", async ({ applyTo, value, fill }) => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.format.fill.color = "#FF0000";
    range.clear(applyTo as Excel.ClearApplyTo);
    await context.sync();
  });
  expect(sim.sheet("Sheet1").cell("A1")).toMatchObject({ value, fill });
});

test("fill.clear() and reading a mixed fill gives null", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A2").format.fill.color = "yellow";
    sheet.getRange("A2").format.fill.clear();
    const mixed = sheet.getRange("A1:A2").format.fill.load("color");
    const one = sheet.getRange("A1").format.fill.load("color");
    await context.sync();
    expect([mixed.color, one.color]).toEqual([null, "#FFFF00"]);
  });
});
