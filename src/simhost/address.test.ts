// A1 parsing and printing, including quoted sheet names and whole rows/columns.
import { fullAddress, parseAddress, rectA1, subtract } from "./address";

describe("parseAddress", () => {
  const cases = [
    { address: "B3", rect: { row: 2, col: 1, rows: 1, cols: 1 }, sheet: undefined, notes: "one cell" },
    { address: "$A$1:$C$2", rect: { row: 0, col: 0, rows: 2, cols: 3 }, sheet: undefined, notes: "absolute" },
    {
      address: "C2:A1",
      rect: { row: 0, col: 0, rows: 2, cols: 3 },
      sheet: undefined,
      notes: "corners in any order",
    },
    {
      address: "B:D",
      rect: { row: 0, col: 1, rows: 1048576, cols: 3 },
      sheet: undefined,
      notes: "whole columns",
    },
    { address: "2:4", rect: { row: 1, col: 0, rows: 3, cols: 16384 }, sheet: undefined, notes: "whole rows" },
    {
      address: "'My ''Data'''!A1",
      rect: { row: 0, col: 0, rows: 1, cols: 1 },
      sheet: "My 'Data'",
      notes: "quoted sheet with apostrophes",
    },
    {
      address: "Lists!$A$2:$A$9",
      rect: { row: 1, col: 0, rows: 8, cols: 1 },
      sheet: "Lists",
      notes: "sheet-qualified",
    },
  ];
  test.each(cases)("$address ($notes)", ({ address, rect, sheet }) => {
    expect(parseAddress(address)).toEqual({ sheetName: sheet, rect });
  });

  const invalid = [
    { address: "A", notes: "a column letter alone is a name, not a range" },
    { address: "A1:B", notes: "mixed cell and column" },
    { address: "A1,B2", notes: "several areas belong to getRanges" },
    { address: "XFE1", notes: "past the last column" },
    { address: "A0", notes: "row zero" },
  ];
  test.each(invalid)("$address is refused ($notes)", ({ address }) => {
    expect(() => parseAddress(address)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
});

describe("printing", () => {
  const cases = [
    { sheet: "Sheet1", rect: { row: 0, col: 0, rows: 1, cols: 1 }, text: "Sheet1!A1", notes: "plain" },
    {
      sheet: "My Sheet",
      rect: { row: 0, col: 26, rows: 2, cols: 1 },
      text: "'My Sheet'!AA1:AA2",
      notes: "space needs quotes",
    },
    {
      sheet: "A1",
      rect: { row: 0, col: 0, rows: 1, cols: 1 },
      text: "'A1'!A1",
      notes: "a sheet named like a cell",
    },
    { sheet: "S", rect: { row: 0, col: 0, rows: 1048576, cols: 1 }, text: "S!A:A", notes: "whole column" },
  ];
  test.each(cases)("$text ($notes)", ({ sheet, rect, text }) => {
    expect(fullAddress(sheet, rect)).toBe(text);
  });

  test("absolute form and rectangle subtraction", () => {
    expect(rectA1({ row: 1, col: 0, rows: 8, cols: 1 }, true)).toBe("$A$2:$A$9");
    const bands = subtract({ row: 0, col: 0, rows: 10, cols: 1 }, { row: 3, col: 0, rows: 2, cols: 1 }).map(
      (r) => rectA1(r),
    );
    expect(bands).toEqual(["A1:A3", "A6:A10"]);
  });
});
