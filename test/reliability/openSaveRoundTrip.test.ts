// Property: Open CSV → Save as CSV with no edits gives back the file's records cell for cell,
// modulo the documented normalisations (RULES.md "Saving": the notices' fixes), for random
// template-shaped files in every encoding and delimiter the reader accepts. Runs on the simulated
// Excel host through the add-in's own operations.
import fc from "fast-check";
import { checkTable } from "../../src/core/check";
import { templateHeader } from "../../src/core/catalogue";
import { readCsv, readCsvText } from "../../src/core/csv";
import { uploadTable } from "../../src/core/save/uploadTable";
import type { Table } from "../../src/core/types";
import { createWorkbookOps } from "../../src/excel";
import type { SimHandle } from "../../src/simhost";
import { installRealClientHost } from "../../src/simhost/wire/realClient";
import { savedText } from "../../src/excel/testSheets";

let sim: SimHandle | undefined;
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

type Encoding = "UTF-8" | "UTF-8 BOM" | "UTF-16LE" | "Windows-1252";
type Delimiter = "," | ";" | "\t";

/** Characters Windows-1252 holds whose bytes can never read as UTF-8 (all ≥ 0xC0, none a continuation byte). */
const LATIN = ["é", "ü", "ñ", "ß", "ø", "Ä"];
const CP1252: Record<string, number> = { é: 0xe9, ü: 0xfc, ñ: 0xf1, ß: 0xdf, ø: 0xf8, Ä: 0xc4 };
const WIDE = ["😀", "𝄞", "中", "\u2028", "\ufeff"];

/** Cell text a spreadsheet would reinterpret or a CSV writer would mangle, and the usual mistakes. */
const TRICKY = [
  "01234",
  "081466849",
  "123456789012345678",
  "1/30/2026",
  "30/01/2026",
  "01/30/2026",
  "2026-01-30",
  "46052",
  "1-2",
  "3E5",
  "0.1",
  "40%",
  "$12,563.00",
  "12.563",
  "=SUM(A1:A2)",
  "+1 425 555 0100",
  "-5",
  "@Home",
  "'quoted",
  "TRUE",
  "yes",
  "usd",
  " padded ",
  'say "hi"',
  "line 1\r\nline 2",
  "a;b",
  "a,b",
  "tab\there",
  "#N/A",
  "6B29FC40-CA47-1067-B31D-00DD010662DA",
  "MicrosoftID: 6-ABCDEFG23XB",
  "",
];

function cell(encoding: Encoding): fc.Arbitrary<string> {
  const units = ["a", "Z", "1", "0", " ", ",", ";", '"', "'", "-", "/", ".", "\r\n", "=", "%"];
  const extra = encoding === "Windows-1252" ? LATIN : [...LATIN, ...WIDE];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...units, ...extra), maxLength: 10 }) },
  );
}

const TEMPLATE = templateHeader();

/** A header of template columns (in any order, one maybe misspelt or unknown) and random records. */
function table(encoding: Encoding): fc.Arbitrary<Table> {
  const header = fc
    .tuple(
      fc.shuffledSubarray(TEMPLATE, { minLength: 2, maxLength: 12 }),
      fc.option(fc.constantFrom("Customer DUNS ID", "currency", "My notes"), { nil: undefined }),
    )
    .map(([columns, extra]) => (extra && !columns.includes(extra) ? [...columns, extra] : columns));
  return header.chain((h) =>
    fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: fc.array(cell(encoding), { minLength: h.length, maxLength: h.length }) },
          // A blank row and a short row: a sheet holds them as rows of empty cells.
          { weight: 1, arbitrary: fc.constant(h.map(() => "")) },
          { weight: 1, arbitrary: fc.array(cell(encoding), { minLength: 1, maxLength: h.length - 1 }) },
        ),
        { minLength: 1, maxLength: 12 },
      )
      .map((records) => ({ rows: [h, ...records] })),
  );
}

/** CSV text with the given delimiter; a field is quoted when it holds any delimiter, a quote or a line break. */
function csvText({ rows }: Table, delimiter: Delimiter): string {
  const field = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(field).join(delimiter)).join("\r\n") + "\r\n";
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === "UTF-8") return new TextEncoder().encode(text);
  if (encoding === "UTF-8 BOM") return new TextEncoder().encode(`\ufeff${text}`);
  if (encoding === "Windows-1252") return Uint8Array.from(text, (ch) => CP1252[ch] ?? ch.charCodeAt(0));
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Rows padded to one width, trailing blank rows dropped: how a sheet holds a table. */
function asSheetHolds(t: Table): string[][] {
  const rows = t.rows.slice();
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

const file = fc.constantFrom<Encoding>("UTF-8", "UTF-8 BOM", "UTF-16LE", "Windows-1252").chain((encoding) =>
  fc.record({
    encoding: fc.constant(encoding),
    delimiter: fc.constantFrom<Delimiter>(",", ";", "\t"),
    table: table(encoding),
  }),
);

describe("Open CSV then Save as CSV without edits, random files", () => {
  it("gives back every record cell for cell; only cells with a notice's fix change, to what the CLI's --out writes", async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ encoding, delimiter, table: original }) => {
        const bytes = encode(csvText(original, delimiter), encoding);
        // The reader gets the table back from the bytes (else this is a CSV bug, tested elsewhere).
        const read = readCsv(bytes);
        if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
        expect(read.table.rows).toEqual(original.rows);

        sim?.uninstall();
        sim = installRealClientHost({ sheets: ["Sheet1"] });
        const ops = createWorkbookOps();
        const opened = await ops.openCsv({ name: "deals.csv", bytes });
        if (!opened.ok) throw new Error(`not opened: ${JSON.stringify(opened.problem)}`);
        expect([opened.encoding, opened.delimiter]).toEqual([
          encoding === "UTF-8 BOM" ||
          (encoding === "Windows-1252" && !LATIN.some((ch) => csvText(original, ",").includes(ch)))
            ? "UTF-8"
            : encoding,
          delimiter,
        ]);
        const saved = await ops.buildCsv({ split: false, bom: true, dateOrder: "auto" });

        const findings = checkTable(original).findings;
        const expected = uploadTable(original, findings);
        if (!expected.ok) {
          expect(saved).toEqual([]);
          return;
        }
        expect(saved).toHaveLength(1);
        const back = readCsvText(await savedText(saved[0]));
        if (!back.ok) throw new Error("the saved file does not read back");
        const got = asSheetHolds(back.table);
        const want = asSheetHolds(original);
        // The same file as the CLI's --out writes.
        expect(got).toEqual(asSheetHolds(expected.table));
        // And every changed cell carries a notice with that very fix: nothing changes silently.
        const notices = new Map(
          findings
            .filter((f) => f.severity === "notice" && f.fix !== null && f.at)
            .map((f) => [`${f.at?.row}:${f.at?.col}`, f.fix]),
        );
        const silent: string[] = [];
        want.forEach((row, r) =>
          row.forEach((value, c) => {
            if (got[r][c] !== value && !notices.has(`${r}:${c}`))
              silent.push(`${r}:${c} ${JSON.stringify(value)} → ${JSON.stringify(got[r][c])}`);
          }),
        );
        expect(silent).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
