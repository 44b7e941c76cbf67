// Pure helpers of the Excel layer (no host needed).
import { batchAreas, cellsToAreas, parseCell, quoteSheetName } from "./address";
import { cellText, numberText } from "../core/cells/cellText";
import { detectDateSystem } from "./dateSystem";
import { nextChunkCells, rowsForCells } from "./chunking";
import { findColumn, resolveHeader } from "./columns";
import { runsOf } from "./keepFailedRows";
import { uniqueSheetName } from "./sheetNames";
import { csvFileName } from "./csv";

describe("numberText / cellText", () => {
  const cases: Array<{ value: unknown; date: boolean; system: 1900 | 1904; want: string; notes: string }> = [
    { value: 12563, date: false, system: 1900, want: "12563", notes: "whole numbers without grouping" },
    {
      value: 0.1 + 0.2,
      date: false,
      system: 1900,
      want: "0.3",
      notes: "15 significant digits, as Excel shows",
    },
    { value: 1e21, date: false, system: 1900, want: "1000000000000000000000", notes: "no exponent notation" },
    {
      value: 1e-7,
      date: false,
      system: 1900,
      want: "0.0000001",
      notes: "small numbers without exponent either",
    },
    { value: true, date: false, system: 1900, want: "TRUE", notes: "booleans as Excel spells them" },
    { value: null, date: false, system: 1900, want: "", notes: "empty cells are empty text" },
    {
      value: 43860,
      date: true,
      system: 1900,
      want: "1/30/2020",
      notes: "date serial in a date column → M/D/YYYY",
    },
    { value: 43860.75, date: true, system: 1900, want: "1/30/2020", notes: "the time of day is dropped" },
    {
      value: 42398,
      date: true,
      system: 1904,
      want: "1/30/2020",
      notes: "1904 workbooks count from 1/1/1904",
    },
    {
      value: 60,
      date: true,
      system: 1900,
      want: "60",
      notes: "29 Feb 1900 does not exist: left for the core",
    },
    {
      value: 43860,
      date: false,
      system: 1900,
      want: "43860",
      notes: "outside date columns a number stays a number",
    },
  ];
  test.each(cases)("$notes", ({ value, date, system, want }) => {
    expect(cellText(value, date, system)).toBe(want);
  });
  it("never prints a locale group separator", () => expect(numberText(1234567.5)).toBe("1234567.5"));
});

describe("detectDateSystem", () => {
  const cases = [
    { samples: [{ serial: 43860, text: "1/30/2020" }], want: 1900, notes: "US text, 1900 serial" },
    {
      samples: [{ serial: 43860, text: "30.01.2020" }],
      want: 1900,
      notes: "any locale: only the year matters",
    },
    {
      samples: [{ serial: 42398, text: "1/30/2020" }],
      want: 1904,
      notes: "same date stored in a 1904 workbook",
    },
    {
      samples: [{ serial: 42398, text: "30-Jan" }],
      want: 1900,
      notes: "no visible year: no evidence, default 1900",
    },
    { samples: [], want: 1900, notes: "no date cells at all" },
    {
      samples: [
        { serial: 42398, text: "2020-01-30" },
        { serial: 42399, text: "2020-01-31" },
        { serial: 1, text: "1900" },
      ],
      want: 1904,
      notes: "majority of evidence wins",
    },
  ];
  test.each(cases)("$notes", ({ samples, want }) => expect(detectDateSystem(samples)).toBe(want));
});

describe("addresses", () => {
  it.each([
    { text: "C5", want: { row: 4, col: 2 }, notes: "plain cell" },
    { text: "$AA$10", want: { row: 9, col: 26 }, notes: "absolute, two letters" },
    { text: "'My sheet'!B2", want: { row: 1, col: 1 }, notes: "sheet-qualified" },
    { text: "A1:B2", want: null, notes: "a range is not a cell" },
  ])("parseCell: $notes", ({ text, want }) => expect(parseCell(text)).toEqual(want));

  it("merges vertical runs per column", () => {
    const cells = [2, 3, 4, 9].map((row) => ({ row, col: 2 })).concat([{ row: 0, col: 0 }]);
    expect(cellsToAreas(cells)).toEqual(["A1", "C3:C5", "C10"]);
  });

  it("never lets an address batch exceed the limit nor split an area", () => {
    const areas = Array.from({ length: 3000 }, (_, i) => `B${i * 2 + 1}`);
    const batches = batchAreas(areas);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(8192);
    expect(batches.join(",").split(",")).toEqual(areas);
  });

  it.each([
    { name: "Sheet1", want: "Sheet1", notes: "simple names stay bare" },
    { name: "Co-sell lists", want: "'Co-sell lists'", notes: "spaces and dashes need quotes" },
    { name: "Bob's", want: "'Bob''s'", notes: "quote doubled" },
    { name: "AB12", want: "'AB12'", notes: "looks like a cell reference" },
  ])("quoteSheetName: $notes", ({ name, want }) => expect(quoteSheetName(name)).toBe(want));
});

describe("chunk sizing", () => {
  it("stays at 100,000 cells for light cells and shrinks for heavy ones", () => {
    expect(nextChunkCells(100_000, 1_000_000)).toBe(100_000);
    expect(nextChunkCells(100_000, 10_000_000)).toBe(35_000);
    expect(rowsForCells(100_000, 155)).toBe(645);
  });
});

describe("header resolution", () => {
  it.each([
    { text: "  customer   COUNTRY ", want: "Customer Country", notes: "case and spacing ignored" },
    { text: "Customer country/region", want: "Customer Country", notes: "alias" },
    { text: "Team Member 12", want: "Team member 12", notes: "repeating column, alias capitalisation" },
    { text: "Solution 3", want: "Solution 3", notes: "repeating column" },
    { text: "Favourite colour", want: null, notes: "unknown header" },
  ])("$notes", ({ text, want }) => expect(resolveHeader(text)?.canonical ?? null).toBe(want));
  it("finds a column wherever it is", () => expect(findColumn(["Deal Name", "errors"], "Errors")).toBe(1));
});

describe("small helpers", () => {
  it("groups consecutive rows into runs", () =>
    expect(runsOf([1, 2, 3, 7, 9, 10])).toEqual([
      [1, 3],
      [7, 1],
      [9, 2],
    ]));
  it("names sheets uniquely, case-insensitively", () => {
    expect(uniqueSheetName("Co-sell upload", ["co-sell UPLOAD", "Co-sell upload (2)"])).toBe(
      "Co-sell upload (3)",
    );
  });
  it("names CSV files after the sheet", () => {
    expect(csvFileName("Deals", null)).toBe("Deals.csv");
    expect(csvFileName("Q1/Q2", 2)).toBe("Q1_Q2-part-2.csv");
  });
});
