// Used range: bounding box of cells with values (and formats unless valuesOnly).
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost();
});
afterEach(() => sim.uninstall());

async function usedAddress(valuesOnly: boolean): Promise<string | null> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(valuesOnly);
    used.load("address");
    await context.sync();
    return used.isNullObject ? null : used.address;
  });
}

const cases = [
  {
    notes: "empty sheet: null object",
    setup: [] as [string, string | null, string?][],
    valuesOnly: false,
    expected: null,
  },
  {
    notes: "one value",
    setup: [["C3", "x"]] as [string, string | null, string?][],
    valuesOnly: true,
    expected: "Sheet1!C3",
  },
  {
    notes: "bounding box of scattered values",
    setup: [
      ["B2", "x"],
      ["D7", "y"],
    ] as [string, string | null, string?][],
    valuesOnly: true,
    expected: "Sheet1!B2:D7",
  },
  {
    notes: "a formatted empty cell counts unless valuesOnly",
    setup: [
      ["B2", "x"],
      ["F9", null, "@"],
    ] as [string, string | null, string?][],
    valuesOnly: false,
    expected: "Sheet1!B2:F9",
  },
  {
    notes: "valuesOnly ignores the formatted empty cell",
    setup: [
      ["B2", "x"],
      ["F9", null, "@"],
    ] as [string, string | null, string?][],
    valuesOnly: true,
    expected: "Sheet1!B2",
  },
];
test.each(cases)("$notes", async ({ setup, valuesOnly, expected }) => {
  for (const [a1, value, format] of setup) sim.setCell("Sheet1", a1, value, format);
  expect(await usedAddress(valuesOnly)).toBe(expected);
});

test("getUsedRange on an empty sheet is A1 (Excel's answer), not an error", async () => {
  await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange();
    used.load("address,rowCount");
    await context.sync();
    expect([used.address, used.rowCount]).toEqual(["Sheet1!A1", 1]);
  });
});

test("clearing the only value empties the used range again", async () => {
  sim.setCell("Sheet1", "E5", "x");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("E5").clear(Excel.ClearApplyTo.contents);
    await context.sync();
  });
  expect(await usedAddress(true)).toBeNull();
});

test("Range.getUsedRange is the part of the sheet's used range inside the range", async () => {
  sim.setCell("Sheet1", "B2", "x");
  sim.setCell("Sheet1", "H20", "y");
  await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C5").getUsedRange(true);
    used.load("address");
    await context.sync();
    expect(used.address).toBe("Sheet1!B2:C5");
  });
  const error = await runError(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("Z1:Z2").getUsedRange(true).load("address");
    await context.sync();
  });
  expect(error.code).toBe("ItemNotFound");
});

test("whole-column formats do not allocate cells and do not extend the used range", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    (sheet.getRange("A:C") as unknown as { numberFormat: string }).numberFormat = "@";
    sheet.getRange("B1048576").values = [["00123"]];
    await context.sync();
  });
  expect(sim.workbook.sheets[0].cells.size).toBe(1);
  expect(sim.sheet("Sheet1").cell("B1048576")).toMatchObject({ value: "00123", numberFormat: "@" });
  expect(sim.sheet("Sheet1").cell("A500000").numberFormat).toBe("@");
  expect(sim.sheet("Sheet1").cell("D1").numberFormat).toBe("General");
});
