// The bad-input catalogue (test/fixtures/bad/README.md): every file a user might feed the command
// by mistake, with the exact words they get back. Nothing crashes, nothing is silently dropped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { visible } from "../../src/cli/visible";
import { readCsv } from "../../src/core/csv";
import { cleanRows, hugeNotesCsv, manyRecordsCsv } from "../fixtures/bad/generate";
import { memoryIo } from "../cli/memoryIo";

const DIR = join(__dirname, "..", "fixtures", "bad");
const committed = (name: string) => (): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
/** Built once per run: the 100,000-record file is 40 MB. */
const generated = (make: () => string) => {
  let text: string | null = null;
  return (): string => (text ??= make());
};

interface Case {
  file: string;
  bytes: () => Uint8Array | string;
  exitCode: 0 | 1 | 2;
  /** Exit 2: the one line on stderr. Otherwise every finding as "code: message", in report order. */
  stderr?: string;
  findings?: string[];
  summary?: string;
  notes: string;
}

const cases: Case[] = [
  {
    file: "empty.csv",
    bytes: committed("empty.csv"),
    exitCode: 2,
    stderr: "cosell-check: empty.csv: The file is empty.",
    notes: "zero bytes: nothing to check, one sentence",
  },
  {
    file: "header-only.csv",
    bytes: committed("header-only.csv"),
    exitCode: 0,
    findings: ["no-records: The file has a header row but no records."],
    summary: "0 records: 0 errors, 1 warning, 0 notices.",
    notes: "the template as downloaded: a warning, not an error",
  },
  {
    file: "binary.xlsx",
    bytes: committed("binary.xlsx"),
    exitCode: 2,
    stderr:
      "cosell-check: binary.xlsx: This file is not a CSV text file; save it from Excel as CSV UTF-8 first.",
    notes: "a workbook (zip signature) instead of its CSV export",
  },
  {
    file: "random-bytes.bin",
    bytes: committed("random-bytes.bin"),
    exitCode: 2,
    stderr:
      "cosell-check: random-bytes.bin: This file is not a CSV text file; save it from Excel as CSV UTF-8 first.",
    notes: "binary noise with NUL bytes",
  },
  {
    file: "nul-in-cell.csv",
    bytes: committed("nul-in-cell.csv"),
    exitCode: 0,
    findings: [
      'control-character: Customer Name value "Contoso\u0000Ltd" contains an invisible control character.',
    ],
    summary: "1 record: 0 errors, 1 warning, 0 notices.",
    notes: "a NUL byte inside a cell: that cell's warning, with a fix (RULES.md revision 3)",
  },
  {
    file: "notes-10mb.csv",
    bytes: generated(() => hugeNotesCsv(10)),
    exitCode: 0,
    findings: [],
    summary: "1 record: 0 errors, 0 warnings, 0 notices.",
    notes: "a 10 MB multi-line Notes cell with quotes and commas is a valid value",
  },
  {
    file: "records-100000.csv",
    bytes: generated(() => manyRecordsCsv(100_000)),
    exitCode: 1,
    findings: [
      "too-many-records: The file has 100000 records but Partner Center processes at most 1000 per file. Add --split <folder> to write 100 files of at most 1000 records, and upload them one by one.",
    ],
    summary: "100,000 records: 1 error, 0 warnings, 0 notices.",
    notes: "100 times the upload limit: one error that says how to split, not 100,000 findings",
  },
  {
    file: "unterminated-quote.csv",
    bytes: committed("unterminated-quote.csv"),
    exitCode: 2,
    stderr: "cosell-check: unterminated-quote.csv: A quoted value that starts on row 3 is never closed.",
    notes: "an opening quote never closed would swallow the following rows; refused with the row",
  },
  {
    file: "truncated.csv",
    bytes: committed("truncated.csv"),
    exitCode: 2,
    stderr: "cosell-check: truncated.csv: A quoted value that starts on row 3 is never closed.",
    notes: "a download cut off inside a quoted Team member value",
  },
  {
    file: "utf16.txt",
    bytes: committed("utf16.txt"),
    exitCode: 0,
    findings: [
      "encoding-not-utf8: The file is encoded as UTF-16LE, not UTF-8; saving will use UTF-8.",
      "delimiter-not-comma: Values are separated by tab instead of commas; saving will use commas.",
    ],
    summary: "2 records: 0 errors, 1 warning, 1 notice.",
    notes: "Excel's 'Unicode Text' (UTF-16 LE with BOM, tab-separated) is read, not rejected",
  },
  {
    file: "ragged-rows.csv",
    bytes: committed("ragged-rows.csv"),
    exitCode: 1,
    findings: [
      "cells-beyond-header: This row has 2 filled cells to the right of the last header column.",
      "required-missing: Required field Solution 1 missing",
      "required-missing: Required field Team member 1 missing",
    ],
    summary: "3 records: 2 errors, 1 warning, 0 notices.",
    notes: "a long row is flagged (never dropped) and a short row reads as if its last cells were empty",
  },
  {
    file: "truncated-multibyte.csv",
    bytes: committed("truncated-multibyte.csv"),
    exitCode: 1,
    findings: [
      "file-ends-mid-character: The file ends in the middle of a character, so it may have been cut off; check its last row.",
      'create-row-duplicate: This new deal repeats Customer Name "Société Générale" and Deal Name "Contoso cloud migration" from row 2.',
      "required-missing: Required field Microsoft help required? missing",
      "required-missing: Required field Share with Microsoft sales team missing",
      "required-missing: Required field Consent to share Customer/Partner contact missing",
      "required-missing: Required field Marketplace Purchase Intent missing",
      "required-missing: Required field Solution 1 missing",
      "required-missing: Required field Team member 1 missing",
    ],
    summary: "2 records: 6 errors, 2 warnings, 0 notices.",
    notes:
      "cut inside its last character: read as UTF-8 (accents intact), the cut is reported, the short row flagged",
  },
];

describe("bad input catalogue", () => {
  it.each(cases)(
    "$file: $notes",
    async (c) => {
      const human = memoryIo({ [c.file]: c.bytes() });
      const json = memoryIo({ [c.file]: c.bytes() });
      expect(await main([c.file], human)).toBe(c.exitCode);
      expect(await main([c.file, "--json"], json)).toBe(c.exitCode);
      if (c.exitCode === 2) {
        expect(human.stderrText()).toBe(`${c.stderr}\n`);
        expect(json.stderrText()).toBe(`${c.stderr}\n`);
        expect(human.stdoutText()).toBe("");
        return;
      }
      expect(human.stderrText()).toBe("");
      const report = JSON.parse(json.stdoutText()) as { findings: { code: string; message: string }[] };
      expect(report.findings.map((f) => `${f.code}: ${f.message}`)).toEqual(c.findings);
      const lines = human.stdoutText().split("\n");
      for (const f of report.findings)
        expect(lines.some((l) => l.includes(visible(f.message)) && l.endsWith(`  [${f.code}]`))).toBe(true);
      expect(lines).toContain(c.summary);
    },
    60_000,
  );

  it("lists every committed fixture in the README with its message", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    for (const c of cases) {
      expect(readme).toContain(`\`${c.file}\``);
      const message = (c.stderr ?? c.findings?.[0] ?? c.summary ?? "").replace(
        /^cosell-check: [^:]+: |^[a-z0-9-]+: /,
        "",
      );
      // As the terminal shows it: control characters escaped.
      expect(readme).toContain(visible(message));
    }
  });
});

describe("once-known problems (fixed; these keep them fixed)", () => {
  it("cli: the human report of a cell with a 10 MB fix stays short (the fix note is shortened)", async () => {
    // A trailing space gives the 10 MB Notes cell a whitespace fix; human.ts printed the whole fix.
    const io = memoryIo({ "a.csv": hugeNotesCsv(10).replace(/",(Yes|No),/, ' ",$1,') });
    await main(["a.csv"], io);
    expect(io.stdoutText()).toContain("[whitespace]");
    expect(io.stdoutText().length).toBeLessThan(100_000);
  });

  it("cli: a file with 130,000 findings gets its human report (Math.max(...findings) overflowed the stack)", async () => {
    // 10,000 records with only a Deal Name: 13 required fields missing each. The human report's
    // column width was computed with a spread over every finding (src/cli/human.ts); now a loop.
    const [header] = cleanRows();
    const rows = [header.join(",")];
    for (let i = 0; i < 10_000; i++)
      rows.push(header.map((h) => (h === "Deal Name" ? `Deal ${i}` : "")).join(","));
    const io = memoryIo({ "many.csv": rows.join("\r\n") });
    const code = await main(["many.csv"], io);
    expect(io.stderrText()).toBe("");
    expect(code).toBe(1);
  });

  it("core: a UTF-8 file cut inside its last character is still read as UTF-8", () => {
    // decode.ts used to fall back to Windows-1252 for the whole file: "Société" became "SociÃ©tÃ©".
    const read = readCsv(new Uint8Array(readFileSync(join(DIR, "truncated-multibyte.csv"))));
    expect(read.ok && read.encoding).toBe("UTF-8");
    expect(read.ok && read.table.rows[1][4]).toBe("Société Générale");
  });
});
