import fc from "fast-check";
import { readCsvText } from "./read";
import { writeCsv } from "./write";

const cases: Array<{ rows: string[][]; bom?: boolean; expected: string; notes: string }> = [
  {
    rows: [
      ["a", "b"],
      ["1", "2"],
    ],
    expected: "\ufeffa,b\r\n1,2\r\n",
    notes: "BOM by default, CRLF after every row",
  },
  { rows: [["a", "b"]], bom: false, expected: "a,b\r\n", notes: "BOM can be switched off" },
  {
    rows: [["a,b", 'say "hi"', "x\ny", "x\ry"]],
    bom: false,
    expected: '"a,b","say ""hi""","x\ny","x\ry"\r\n',
    notes: "RFC 4180 quoting: comma, quote, LF, CR",
  },
  {
    rows: [["a;b", "a\tb"]],
    bom: false,
    expected: '"a;b","a\tb"\r\n',
    notes: "semicolons and tabs are quoted so the delimiter guess on re-read cannot flip",
  },
  {
    rows: [[" lead", "trail ", "in side"]],
    bom: false,
    expected: '" lead","trail ",in side\r\n',
    notes: "edge whitespace quoted so trimming readers keep it; inner space needs nothing",
  },
  { rows: [["", "", ""]], bom: false, expected: ",,\r\n", notes: "empty cells are empty, not quoted" },
  {
    rows: [["a", "b", "c"], ["1"], []],
    bom: false,
    expected: "a,b,c\r\n1\r\n\r\n",
    notes: "ragged and empty rows are written as they are",
  },
  {
    rows: [["sep=;"]],
    bom: false,
    expected: '"sep=;"\r\n',
    notes: "a first cell that looks like Excel's sep line is quoted",
  },
  {
    rows: [["\ufeffx"]],
    bom: false,
    expected: '"\ufeffx"\r\n',
    notes: "a BOM character in the first cell is protected by quotes",
  },
  { rows: [], expected: "\ufeff", notes: "an empty table is just the BOM" },
];

describe("writeCsv", () => {
  it.each(cases)("$notes", ({ rows, bom, expected }) => {
    expect(writeCsv({ rows }, bom === undefined ? undefined : { bom })).toBe(expected);
  });
});

/** Tables a CSV can hold: every row has at least one cell and the header is not all blank. */
const tricky = [
  "",
  " ",
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\r",
  "\n",
  "\r\n",
  "sep=,",
  "\ufeff",
  "é€😀",
  "a b",
  "0012",
  "=1+1",
];
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(...tricky),
  fc.string({ unit: fc.constantFrom(...tricky, "x") }),
);
const table = fc
  .tuple(
    fc.array(cell, { minLength: 1, maxLength: 6 }).filter((h) => h.some((c) => c.trim() !== "")),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
  )
  .map(([header, body]) => ({ rows: [header, ...body] }));

describe("round trip", () => {
  it.each([
    {
      rows: [["Deal Name", "Notes"], ["X", "line 1\r\nline 2"], [""], ["Y", '"quoted"']],
      notes: "multi-line, blank row, quotes",
    },
    {
      rows: [["a"], [""], [""]],
      notes: "trailing blank rows survive (only the final terminator is dropped on read)",
    },
    { rows: [["h"], ["sep=;"]], notes: "sep= below the first row is data" },
    {
      rows: [
        ["a;b", "c"],
        ["1;2", "3"],
      ],
      notes: "semicolons in the header do not turn the file into a semicolon file",
    },
    { rows: [["\ufeffa"]], notes: "first cell starting with a BOM character" },
  ])("$notes", ({ rows }) => {
    for (const bom of [true, false]) {
      expect(readCsvText(writeCsv({ rows }, { bom }))).toMatchObject({
        ok: true,
        delimiter: ",",
        table: { rows },
      });
    }
  });

  it("readCsvText(writeCsv(t)) gives back t for any table of strings", () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, bom) => {
        const back = readCsvText(writeCsv(t, { bom }));
        expect(back).toMatchObject({ ok: true, delimiter: ",", table: t });
      }),
      { numRuns: 500 },
    );
  });
});
