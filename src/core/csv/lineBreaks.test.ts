import fc from "fast-check";
import { withOneNewline } from "./lineBreaks";
import { readCsvText } from "./read";
import type { Delimiter } from "./types";
import { writeCsv } from "./write";

describe("withOneNewline", () => {
  const cases: { input: string; delimiter?: Delimiter; text?: string; newline: string; notes: string }[] = [
    { input: "a,b\r\nx,y\r\n", newline: "\r\n", notes: "Excel's CRLF: parsed as it is" },
    { input: "a,b\nx,y\n", newline: "\n", notes: "LF only: parsed as it is" },
    { input: "a,b\rx,y\r", newline: "\r", notes: "classic Mac CR only: parsed as it is" },
    {
      input: 'a,b\r\nx,"one\ntwo"\r\n',
      newline: "\r\n",
      notes: "rows end in CRLF, a cell holds LF (as Excel writes multi-line cells): no copy",
    },
    {
      input: 'a,b\nx,"one\r\ntwo"\n',
      newline: "\n",
      notes: "rows end in LF, a cell holds CRLF: no copy",
    },
    {
      input: "a,b\nx,y\r\nz,w\n",
      text: "a,b\nx,y\nz,w\n",
      newline: "\n",
      notes: "one CRLF row in an LF file",
    },
    {
      input: 'a,b\r\nx,"y"\nz,w\r\n',
      text: 'a,b\nx,"y"\nz,w\n',
      newline: "\n",
      notes: "one LF row in a CRLF file, after a quoted cell",
    },
    { input: "a,b\r\n\nx,y", text: "a,b\n\nx,y", newline: "\n", notes: "an empty row stays one empty line" },
    {
      input: "a\r\r\nb",
      text: "a\n\nb",
      newline: "\n",
      notes: "CR then CRLF is two line breaks, as written",
    },
    {
      input: 'a,"x\r\ny\rz\nw"\r\nb,c\nd',
      text: 'a,"x\r\ny\rz\nw"\nb,c\nd',
      newline: "\n",
      notes: "line breaks inside a quoted cell are its content, kept exactly",
    },
    {
      input: 'a,"say ""hi""\r\nthere"\r\nb\n',
      text: 'a,"say ""hi""\r\nthere"\nb\n',
      newline: "\n",
      notes: "doubled quotes do not end the quoted cell",
    },
    {
      input: 'a,5" screen\r\nb,"c\r\nd"\n',
      text: 'a,5" screen\nb,"c\r\nd"\n',
      newline: "\n",
      notes: "a quote inside an unquoted cell is a plain character, as PapaParse reads it",
    },
    {
      input: 'a, "x\r\ny"\n',
      text: 'a, "x\ny"\n',
      newline: "\n",
      notes: "a quote after a space does not open a quoted cell either",
    },
    {
      input: 'a;"x\r\n";b\r\nc\n',
      delimiter: ";",
      text: 'a;"x\r\n";b\nc\n',
      newline: "\n",
      notes: "the field boundary is the file's own delimiter",
    },
    {
      input: 'a,"x" \t,b\r\nc\n',
      text: 'a,"x" \t,b\nc\n',
      newline: "\n",
      notes: "whitespace between a closing quote and the delimiter still closes the cell",
    },
    {
      input: 'a,"x"y\r\nz"\r\nb\n',
      text: 'a,"x"y\r\nz"\nb\n',
      newline: "\n",
      notes: "a quote followed by text does not close the cell (PapaParse calls it malformed)",
    },
    {
      input: 'a\n"open\r\nb,c\r\n',
      newline: "\n",
      notes: "an unclosed quote keeps the rest as it is (the reader refuses the file)",
    },
  ];
  it.each(cases)("$notes", ({ input, delimiter, text, newline }) => {
    const result = withOneNewline(input, delimiter ?? ",");
    expect(result).toEqual({ text: text ?? input, newline });
    // Nothing to change: the very same string, not a copy.
    if (text === undefined) expect(result.text).toBe(input);
  });
});

describe("mixed line endings between rows", () => {
  const cell = fc.string({
    unit: fc.constantFrom("a", "é", ",", '"', "\r", "\n", "\r\n", " "),
    maxLength: 8,
  });
  const table = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
    .chain(([cols, rows]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    )
    // A first cell that is blank reads as "no header"; the reader's own tests cover that.
    .map((rows) => [["h", ...rows[0].slice(1)], ...rows.slice(1)]);

  it("read the same as CRLF, with every quoted cell's own line breaks kept", () => {
    fc.assert(
      fc.property(table, fc.array(fc.constantFrom("\r\n", "\n", "\r"), { minLength: 8 }), (rows, breaks) => {
        const written = writeCsv({ rows }, { bom: false });
        // Re-join the records with a random break each; writeCsv quotes every cell with a break.
        const lines = written.slice(0, -2).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
        // (A lone CR before an empty line ended by LF would read as one CRLF: use CRLF there.)
        const breakAfter = (i: number) => {
          const chosen = breaks[i % breaks.length];
          return chosen === "\r" && lines[i + 1] === "" ? "\r\n" : chosen;
        };
        const mixed = lines.map((line, i) => line + breakAfter(i)).join("");
        const read = readCsvText(mixed);
        expect(read.ok && read.table.rows).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});
