// Property: CSV write → read is the identity for any table of strings, including the characters
// that break naive CSV code (quotes, separators, lone CR, BOM-like U+FEFF, non-BMP, formula starts).
import fc from "fast-check";
import { readCsv, readCsvText, writeCsv } from "../../src/core/csv";

/** Fragments chosen because each one has broken a CSV reader or writer somewhere. */
const TRICKY = [
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\r",
  "\n",
  "\r\n",
  "\n\r",
  "\ufeff",
  "😀",
  "𝄞",
  "\u2028",
  " ",
  "=",
  "=SUM(A1:A2)",
  "+",
  "-",
  "@",
  "sep=;",
  "sep=,",
  "é",
  "\u0000",
  "'",
];

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY, "a", "1"), maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constant("") },
);

// A header must have a non-blank cell: a blank first line is "no header row", by design.
const header = fc.array(cell, { minLength: 1, maxLength: 7 }).filter((h) => h.some((c) => c.trim() !== ""));
const table = fc
  .tuple(header, fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 10 }))
  .map(([h, body]) => ({ rows: [h, ...body] }));

const RUNS = 1000;

describe("CSV round trip", () => {
  it("readCsvText(writeCsv(t)) === t, with and without BOM", () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, bom) => {
        const back = readCsvText(writeCsv(t, { bom }));
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(back.table.rows).toEqual(t.rows);
          expect(back.delimiter).toBe(",");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("survives the bytes too: readCsv(UTF-8 bytes of writeCsv(t)) === t", () => {
    // Lone surrogates cannot be encoded in UTF-8 (the encoder writes U+FFFD), and NUL or many C0
    // control bytes make the reader refuse the file as binary (by design, with a clear message).
    // eslint-disable-next-line no-control-regex
    const binaryLooking = /[\u0000-\u0008\u000b\u000e-\u001f]/;
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const wellFormed = table.filter((t) =>
      t.rows.every((r) => r.every((c) => !loneSurrogate.test(c) && !binaryLooking.test(c))),
    );
    fc.assert(
      fc.property(wellFormed, (t) => {
        const back = readCsv(new TextEncoder().encode(writeCsv(t)));
        expect(back.ok && back.table.rows).toEqual(t.rows);
      }),
      { numRuns: RUNS },
    );
  });

  it("write → read → write is stable (the second file is byte for byte the first)", () => {
    fc.assert(
      fc.property(table, (t) => {
        const once = writeCsv(t);
        const back = readCsvText(once);
        expect(back.ok && writeCsv(back.table)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    { rows: [["=1+1", "@SUM(A1)", "+cmd", "-2"]], notes: "formula-looking cells are written as they are" },
    { rows: [["h"], ["\ufeff"], ["\ufeffx"]], notes: "U+FEFF inside the body is data, not a BOM" },
    { rows: [["h"], ["a\rb"], ["c\n"], ["\r\n"]], notes: "lone CR, trailing LF and a bare CRLF cell" },
    {
      rows: [
        ["😀", "𝄞"],
        ["\ud83d", "x"],
      ],
      notes: "non-BMP characters and a lone surrogate in text",
    },
    { rows: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]], notes: "ragged rows keep their lengths" },
  ])("$notes", ({ rows }) => {
    const back = readCsvText(writeCsv({ rows }));
    expect(back.ok && back.table.rows).toEqual(rows);
  });
});
