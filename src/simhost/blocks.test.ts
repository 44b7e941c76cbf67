// Large constant format writes are kept as blocks (no per-cell entries) and behave like cell formats.
import { installSimulatedHost, type SimHandle } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost();
});
afterEach(() => sim.uninstall());

async function batch(body: (sheet: Excel.Worksheet) => void): Promise<void> {
  await Excel.run(async (context) => {
    body(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });
}

const textRows = (sheet: Excel.Worksheet) => {
  (sheet.getRangeByIndexes(1, 0, 5000, 100) as unknown as { numberFormat: string }).numberFormat = "@";
};

test("Text on 5,000 × 100 cells allocates no cells and still makes typed values text", async () => {
  await batch(textRows);
  expect(sim.workbook.sheets[0].cells.size).toBe(0);
  await batch((sheet) => (sheet.getRange("C4000").values = [["1/30/2020"]]));
  expect(sim.sheet("Sheet1").cell("C4000")).toMatchObject({ value: "1/30/2020", numberFormat: "@" });
  expect(sim.sheet("Sheet1").cell("CV5001").numberFormat).toBe("@");
  expect(sim.sheet("Sheet1").cell("CW2").numberFormat).toBe("General");
  expect(sim.sheet("Sheet1").usedRange(false)).toBe("A2:CV5001");
  expect(sim.sheet("Sheet1").usedRange(true)).toBe("C4000");
});

const precedence = [
  { notes: "a cell format written after the block wins", order: ["block", "cell"], expected: "0.00" },
  { notes: "a block written after the cell format wins", order: ["cell", "block"], expected: "@" },
];
test.each(precedence)("$notes", async ({ order }) => {
  for (const step of order) {
    await batch((sheet) =>
      step === "block" ? textRows(sheet) : (sheet.getRange("B10").numberFormat = [["0.00"]]),
    );
  }
  const expected = order[order.length - 1] === "cell" ? "0.00" : "@";
  expect(sim.sheet("Sheet1").cell("B10").numberFormat).toBe(expected);
});

test("deleting some rows of some columns shifts only that part of a block", async () => {
  await batch((sheet) => (sheet.getRange("A1:D5000").format.fill.color = "#FFFF00"));
  await batch((sheet) => sheet.getRange("A1:B10").delete(Excel.DeleteShiftDirection.up));
  const s = sim.sheet("Sheet1");
  expect([s.cell("A4990").fill, s.cell("A4991").fill, s.cell("C5000").fill]).toEqual([
    "#FFFF00",
    null,
    "#FFFF00",
  ]);
});

test("clearing formats over a block removes them", async () => {
  await batch(textRows);
  await batch((sheet) => sheet.getRangeByIndexes(1, 0, 5000, 100).clear(Excel.ClearApplyTo.formats));
  expect(sim.sheet("Sheet1").cell("C4000").numberFormat).toBe("General");
  expect(sim.sheet("Sheet1").usedRange(false)).toBeNull();
});

test("reading numberFormat of a block range reports it per cell", async () => {
  await batch(textRows);
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:B3").load("numberFormat");
    await context.sync();
    expect(range.numberFormat).toEqual([
      ["@", "@"],
      ["@", "@"],
    ]);
  });
});
