import fc from "fast-check";
import { readCsv, readCsvText } from "./read";
import type { CsvRead } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(utf8(p)) : p)));
const utf16 = (text: string, littleEndian: boolean, bom = true) => {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
};

type Expected =
  | { rows: string[][]; delimiter?: string; encoding?: string; codes?: string[] }
  | { error: string; params?: Record<string, string | number> };

function check(result: CsvRead, expected: Expected) {
  if ("error" in expected) {
    expect(result).toEqual({ ok: false, error: { code: expected.error, params: expected.params ?? {} } });
    return;
  }
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.error)}`);
  expect(result.table.rows).toEqual(expected.rows);
  expect(result.delimiter).toBe(expected.delimiter ?? ",");
  expect(result.encoding).toBe(expected.encoding ?? "UTF-8");
  expect(result.findings.map((f) => f.code)).toEqual(expected.codes ?? []);
}

const byteCases: Array<{ name: string; input: Uint8Array; expected: Expected; notes: string }> = [
  {
    name: "plain UTF-8",
    input: bytes("a,b\r\n1,2\r\n"),
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    },
    notes: "the ordinary case; final CRLF is not a record",
  },
  {
    name: "UTF-8 with BOM",
    input: bytes([0xef, 0xbb, 0xbf], "Name,City\r\nJosé,Málaga\r\n"),
    expected: {
      rows: [
        ["Name", "City"],
        ["José", "Málaga"],
      ],
    },
    notes: "Excel's CSV UTF-8: the BOM is not part of the first header",
  },
  {
    name: "Windows-1252 é",
    input: bytes("Name\r\nJos", [0xe9], "\r\n"),
    expected: { rows: [["Name"], ["José"]], encoding: "Windows-1252", codes: ["encoding-not-utf8"] },
    notes: "0xE9 alone is invalid UTF-8: Excel's ANSI CSV on Western-European Windows",
  },
  {
    name: "Windows-1252 €",
    input: bytes("Value\r\n", [0x80], "12\r\n"),
    expected: { rows: [["Value"], ["€12"]], encoding: "Windows-1252", codes: ["encoding-not-utf8"] },
    notes: "0x80 is € in 1252, a C1 control in Latin-1: the 32-entry table matters",
  },
  {
    name: "Windows-1252 smart quotes",
    input: bytes("Notes\r\n", [0x93], "hi", [0x94], "\r\n"),
    expected: {
      rows: [["Notes"], ["\u201chi\u201d"]],
      encoding: "Windows-1252",
      codes: ["encoding-not-utf8"],
    },
    notes: "Word/Excel auto-corrected quotes",
  },
  {
    name: "UTF-16 LE with BOM",
    input: utf16("a\tb\r\n1\t2\r\n", true),
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
      delimiter: "\t",
      encoding: "UTF-16LE",
      codes: ["encoding-not-utf8", "delimiter-not-comma"],
    },
    notes: "Excel's Unicode Text: UTF-16 LE, tab-separated",
  },
  {
    name: "UTF-16 BE with BOM",
    input: utf16("a,b\r\nü,2\r\n", false),
    expected: {
      rows: [
        ["a", "b"],
        ["ü", "2"],
      ],
      encoding: "UTF-16BE",
      codes: ["encoding-not-utf8"],
    },
    notes: "big-endian byte order mark",
  },
  {
    name: "UTF-16 LE without BOM",
    input: utf16("Deal Name,City\r\nX,Y\r\n", true, false),
    expected: {
      rows: [
        ["Deal Name", "City"],
        ["X", "Y"],
      ],
      encoding: "UTF-16LE",
      codes: ["encoding-not-utf8"],
    },
    notes: "NUL in every other byte is UTF-16, not binary",
  },
  {
    name: "astral UTF-8",
    input: bytes("Name\r\n😀 Ltd\r\n"),
    expected: { rows: [["Name"], ["😀 Ltd"]] },
    notes: "4-byte UTF-8 stays UTF-8",
  },
  { name: "zero bytes", input: new Uint8Array(0), expected: { error: "file-empty" }, notes: "0-byte file" },
  {
    name: "BOM only",
    input: bytes([0xef, 0xbb, 0xbf]),
    expected: { error: "file-empty" },
    notes: "Excel's save of an empty sheet",
  },
  {
    name: "whitespace only",
    input: bytes("  \r\n\t\r\n"),
    expected: { error: "file-empty" },
    notes: "nothing but blanks",
  },
  {
    name: "xlsx",
    input: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
    expected: { error: "file-binary", params: { kind: "xlsx" } },
    notes: "a workbook instead of its CSV export (zip magic)",
  },
  {
    name: "legacy xls",
    input: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    expected: { error: "file-binary", params: { kind: "xlsx" } },
    notes: "old .xls workbook: same advice, save as CSV",
  },
  {
    name: "NUL byte in a cell",
    input: bytes("Deal Name,Customer Name\r\nX,Contoso", [0], "Ltd\r\n"),
    expected: {
      rows: [
        ["Deal Name", "Customer Name"],
        ["X", "Contoso\u0000Ltd"],
      ],
    },
    notes: "RULES.md: a NUL inside a cell is that cell's warning, not a rejected file",
  },
  {
    name: "NUL bytes in many cells",
    input: bytes(...Array.from({ length: 9 }, (_, i) => [`c${i},x`, [0], "y\r\n"]).flat()),
    expected: { error: "file-binary", params: { kind: "binary" } },
    notes: "NULs in more than a few cells: binary, not text",
  },
  {
    name: "control bytes",
    input: Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
    expected: { error: "file-binary", params: { kind: "binary" } },
    notes: "mostly non-text without NULs",
  },
  {
    name: "UTF-16 with a NUL character",
    input: utf16("Deal Name\tNotes\r\nA\tb\u0000c\r\n", true),
    expected: {
      rows: [
        ["Deal Name", "Notes"],
        ["A", "b\u0000c"],
      ],
      delimiter: "\t",
      encoding: "UTF-16LE",
      codes: ["encoding-not-utf8", "delimiter-not-comma"],
    },
    notes: "a NUL character in one cell of UTF-16 text is read like a NUL byte in UTF-8",
  },
  {
    name: "UTF-16 with NUL characters in many cells",
    input: utf16("Deal Name,Notes\r\n" + "A,b\u0000c\r\n".repeat(9), true),
    expected: { error: "file-binary", params: { kind: "binary" } },
    notes: "counted per cell as for bytes, so a fixed UTF-8 copy of an accepted file reads back too",
  },
  {
    name: "BOM-less UTF-16 with NUL characters in many cells",
    input: utf16("Deal Name,City\r\n" + "X,\u0000\r\n".repeat(9), true, false),
    expected: { error: "file-binary", params: { kind: "binary" } },
    notes: "the same without a byte order mark",
  },
  {
    name: "BOM-less UTF-16 starting with the zip signature",
    input: utf16("PK\u0003\u0004ory,Silicon Type,Azure Certified Device\r\n1,2,3\r\n", true, false),
    expected: { error: "file-binary", params: { kind: "xlsx" } },
    notes:
      "found by fuzzing: accepted as text, its UTF-8 fixed copy began with an .xlsx's bytes and was refused",
  },
  {
    name: "UTF-16 of mostly control characters",
    input: utf16("a\u0001\u0002\u0003b\r\n", true),
    expected: { error: "file-binary", params: { kind: "binary" } },
    notes: "the control-share test bytes get, applied to UTF-16 text",
  },
  {
    name: "UTF-8 cut inside its last character",
    input: bytes("Name,City\r\nSociété,Gen", [0xc3]),
    expected: {
      rows: [
        ["Name", "City"],
        ["Société", "Gen\ufffd"],
      ],
      codes: ["file-ends-mid-character"],
    },
    notes: "a download cut short: UTF-8 stays UTF-8; the lost character shows as U+FFFD and is reported",
  },
  {
    name: "UTF-8 cut inside a 4-byte character",
    input: bytes("Name\r\n😀 Ltd\r\nA", [0xf0, 0x9f, 0x98]),
    expected: { rows: [["Name"], ["😀 Ltd"], ["A\ufffd"]], codes: ["file-ends-mid-character"] },
    notes: "three of four bytes of an emoji at the end",
  },
  {
    name: "UTF-8 with BOM cut inside its only accented character",
    input: bytes([0xef, 0xbb, 0xbf], "Name\r\nJos", [0xc3]),
    expected: { rows: [["Name"], ["Jos\ufffd"]], codes: ["file-ends-mid-character"] },
    notes: "the BOM says UTF-8 even with nothing else beyond ASCII",
  },
  {
    name: "Windows-1252 é as the very last byte",
    input: bytes("Name\r\nJos", [0xe9]),
    expected: { rows: [["Name"], ["José"]], encoding: "Windows-1252", codes: ["encoding-not-utf8"] },
    notes: "ASCII then one high byte: no UTF-8 evidence, so still Windows-1252",
  },
  {
    name: "Windows-1252 é mid-file and at the end",
    input: bytes("Name\r\nJos", [0xe9], "\r\nRen", [0xe9]),
    expected: {
      rows: [["Name"], ["José"], ["René"]],
      encoding: "Windows-1252",
      codes: ["encoding-not-utf8"],
    },
    notes: "invalid UTF-8 before the end: genuinely 1252",
  },
];

describe("readCsv: bytes", () => {
  it.each(byteCases)("$name: $notes", ({ input, expected }) => {
    check(readCsv(input), expected);
  });
});

const textCases: Array<{ name: string; input: string; expected: Expected; notes: string }> = [
  {
    name: "LF",
    input: "a,b\n1,2\n",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    },
    notes: "Unix line endings",
  },
  {
    name: "CR only",
    input: "a,b\r1,2\r3,4",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    },
    notes: "classic Mac line endings",
  },
  {
    name: "no final line break",
    input: "a,b\r\n1,2",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    },
    notes: "last record without terminator",
  },
  {
    name: "BOM character in text",
    input: "\ufeffa,b\r\n1,2",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    },
    notes: "text decoded elsewhere may keep the BOM",
  },
  {
    name: "semicolons",
    input: 'Deal Name;Customer Name\r\nX;"A; B"\r\n',
    expected: {
      rows: [
        ["Deal Name", "Customer Name"],
        ["X", "A; B"],
      ],
      delimiter: ";",
      codes: ["delimiter-not-comma"],
    },
    notes: "European Excel: ; delimiter, quoted ; is data",
  },
  {
    name: "semicolons with decimal commas",
    input: "a;b\r\n1,5;2,5\r\n",
    expected: {
      rows: [
        ["a", "b"],
        ["1,5", "2,5"],
      ],
      delimiter: ";",
      codes: ["delimiter-not-comma"],
    },
    notes: "the header line decides; commas in data do not",
  },
  {
    name: "tabs",
    input: "a\tb\n1\t2",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
      delimiter: "\t",
      codes: ["delimiter-not-comma"],
    },
    notes: "tab-separated text",
  },
  {
    name: "quoted comma in header",
    input: '"a,b";c\r\n1;2',
    expected: {
      rows: [
        ["a,b", "c"],
        ["1", "2"],
      ],
      delimiter: ";",
      codes: ["delimiter-not-comma"],
    },
    notes: "separators inside quotes do not vote",
  },
  {
    name: "quote inside a header field",
    input: 'Screen 27" model;Deal Name;Customer, Inc\r\n1;2;3\r\n',
    expected: {
      rows: [
        ['Screen 27" model', "Deal Name", "Customer, Inc"],
        ["1", "2", "3"],
      ],
      delimiter: ";",
      codes: ["delimiter-not-comma"],
    },
    notes: "a quote that does not start a field is text: it must not hide the semicolons after it",
  },
  {
    name: "doubled quote inside a quoted header field",
    input: '"a ""x; y"" b";c;d,e\r\n1;2;3\r\n',
    expected: {
      rows: [
        ['a "x; y" b', "c", "d,e"],
        ["1", "2", "3"],
      ],
      delimiter: ";",
      codes: ["delimiter-not-comma"],
    },
    notes: "a doubled quote stays inside the field: its semicolon does not vote",
  },
  {
    name: "sep line",
    input: "sep=;\r\na;b\r\n1;2\r\n",
    expected: {
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
      delimiter: ";",
      codes: ["delimiter-sep-line", "delimiter-not-comma"],
    },
    notes: "Excel's sep= hint: used and dropped",
  },
  {
    name: "sep line comma",
    input: "SEP=,\na;b,c\n",
    expected: { rows: [["a;b", "c"]], codes: ["delimiter-sep-line"] },
    notes: "the sep line beats the header's own count",
  },
  {
    name: "sep line only",
    input: "sep=,\r\n",
    expected: { error: "file-empty" },
    notes: "a sep line and nothing else",
  },
  {
    name: "quoted line breaks",
    input: 'Deal Name,Notes\r\nX,"line 1\nline 2\r\nline 3"\r\nY,z\r\n',
    expected: {
      rows: [
        ["Deal Name", "Notes"],
        ["X", "line 1\nline 2\r\nline 3"],
        ["Y", "z"],
      ],
    },
    notes: "a multi-line cell is one record",
  },
  {
    name: "quoted quotes",
    input: 'a,b\r\n"say ""hi""",""\r\n',
    expected: {
      rows: [
        ["a", "b"],
        ['say "hi"', ""],
      ],
    },
    notes: "doubled quotes; empty quoted field",
  },
  {
    name: "quote mid-field",
    input: 'a,b\r\n5" screen,x\r\n',
    expected: {
      rows: [
        ["a", "b"],
        ['5" screen', "x"],
      ],
    },
    notes: "a quote inside an unquoted field is a literal",
  },
  {
    name: "no trimming, no typing",
    input: "a,b,c\r\n 007 ,1e3,TRUE\r\n",
    expected: {
      rows: [
        ["a", "b", "c"],
        [" 007 ", "1e3", "TRUE"],
      ],
    },
    notes: "cells stay exactly as written: leading zeros, spaces, number-like text",
  },
  {
    name: "quoted last field ending LF in a CRLF file",
    input: 'a,b\r\nx,"y"\nz,w\r\n',
    expected: {
      rows: [
        ["a", "b"],
        ["x", "y"],
        ["z", "w"],
      ],
    },
    notes: "a hand-edited row: was refused as an unclosed quote when only CRLF ended a row",
  },
  {
    name: "CRLF row in an LF file",
    input: "a,b\nx,y\r\nz,w\n",
    expected: {
      rows: [
        ["a", "b"],
        ["x", "y"],
        ["z", "w"],
      ],
    },
    notes: "mixed endings: no stray CR left at the end of x,y's last cell",
  },
  {
    name: "mixed endings around a multi-line cell",
    input: 'Deal Name,Notes\nX,"one\r\ntwo"\r\nY,z\rW,v\n',
    expected: {
      rows: [
        ["Deal Name", "Notes"],
        ["X", "one\r\ntwo"],
        ["Y", "z"],
        ["W", "v"],
      ],
    },
    notes: "rows end in LF, CRLF and CR; the Notes cell keeps its own CRLF",
  },
  {
    name: "empty row in a mixed file",
    input: "a,b\n1,2\r\n\n3,4\r\n",
    expected: { rows: [["a", "b"], ["1", "2"], [""], ["3", "4"]] },
    notes: "an empty line between a CRLF and an LF is still a (skipped) row: row numbers stay right",
  },
  {
    name: "unterminated quote in a mixed file",
    input: 'a,b\n1,2\r\n3,"open\n4,5\r\n',
    expected: { error: "file-unterminated-quote", params: { row: 3 } },
    notes: "the row of the opening quote is still reported",
  },
  {
    name: "empty lines kept",
    input: "a,b\r\n1,2\r\n\r\n3,4\r\n",
    expected: { rows: [["a", "b"], ["1", "2"], [""], ["3", "4"]] },
    notes: "blank line in the middle keeps later row numbers right",
  },
  {
    name: "blank line at end",
    input: "a,b\r\n1,2\r\n\r\n",
    expected: { rows: [["a", "b"], ["1", "2"], [""]] },
    notes: "only the last terminator is dropped; a real blank line stays a (skipped) row",
  },
  {
    name: "ragged rows",
    input: "a,b,c\r\n1\r\n1,2,3,4\r\n",
    expected: { rows: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]] },
    notes: "short and long rows are kept as they are",
  },
  {
    name: "single column",
    input: "Deal Name\r\nX\r\n",
    expected: { rows: [["Deal Name"], ["X"]] },
    notes: "no separator in the header: comma",
  },
  { name: "empty", input: "", expected: { error: "file-empty" }, notes: "empty text" },
  { name: "whitespace", input: " \r\n \r\n", expected: { error: "file-empty" }, notes: "whitespace only" },
  {
    name: "blank header",
    input: "\r\nDeal Name\r\nX",
    expected: { error: "file-no-header" },
    notes: "the first row must be the header",
  },
  {
    name: "blank header cells",
    input: " , ,\r\na,b,c",
    expected: { error: "file-no-header" },
    notes: "a header of blanks is no header",
  },
  {
    name: "unterminated quote",
    input: 'a,b\r\n1,2\r\n3,"open\r\n4,5\r\n',
    expected: { error: "file-unterminated-quote", params: { row: 3 } },
    notes: "the quote opened on spreadsheet row 3; the rest of the file would vanish into it",
  },
  {
    name: "unterminated after multi-line",
    input: 'a,b\r\n"x\ny",1\r\n"z',
    expected: { error: "file-unterminated-quote", params: { row: 3 } },
    notes: "row numbers count records, not physical lines",
  },
  {
    name: "text after closing quote",
    input: 'a,b\r\n"x"y,1\r\n2,"3"\r\n',
    expected: { error: "file-unterminated-quote", params: { row: 2 } },
    notes: "a malformed quote would merge rows silently: refuse instead",
  },
  {
    name: "unterminated in header",
    input: '"a,b\r\n1,2',
    expected: { error: "file-unterminated-quote", params: { row: 1 } },
    notes: "the header itself",
  },
];

describe("readCsvText", () => {
  it.each(textCases)("$name: $notes", ({ input, expected }) => {
    check(readCsvText(input), expected);
  });

  it("reports the delimiter names the message catalogue interpolates", () => {
    const result = readCsvText("a;b\r\n");
    expect(result.ok && result.findings).toEqual([
      { code: "delimiter-not-comma", severity: "notice", params: { delimiter: "semicolon" } },
    ]);
  });

  it("reports the encoding it fell back to", () => {
    const result = readCsv(bytes("a\r\n", [0xe9]));
    expect(result.ok && result.findings).toEqual([
      { code: "encoding-not-utf8", severity: "warning", params: { encoding: "Windows-1252" } },
    ]);
  });
});

describe("never throws", () => {
  const ERRORS = ["file-empty", "file-binary", "file-unterminated-quote", "file-no-header"];
  const csvish = fc.string({
    unit: fc.constantFrom('"', ",", ";", "\t", "\r", "\n", " ", "a", "é", "sep=", "\ufeff"),
  });

  it("returns a table or a known error for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const result = readCsv(input);
        expect(result.ok || ERRORS.includes(result.error.code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("returns a table or a known error for any CSV-like text, and a table keeps every cell a string", () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const result = readCsvText(text);
        if (!result.ok) expect(ERRORS).toContain(result.error.code);
        else result.table.rows.forEach((row) => row.forEach((cell) => expect(typeof cell).toBe("string")));
      }),
      { numRuns: 1000 },
    );
  });
});
