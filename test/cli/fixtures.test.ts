// Runs the command on every file-level fixture (test/fixtures/files/<case>.json + its file) and
// compares exit code, stderr, record count, findings (code/row/column, plus any key the case names)
// and, for --split cases, the records per part. UPDATE_GOLDEN=1 rewrites each case's exit code,
// stderr, records and findings from what the command does now (review the diff before committing).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../src/core/csv";
import { main } from "../../src/cli/main";
import { memoryIo, ROOT } from "./memoryIo";

interface ExpectedFinding {
  code: string;
  row: number | null;
  column: string | null;
  [key: string]: unknown;
}

interface Case {
  name: string;
  notes: string;
  file: string;
  args?: string[];
  exitCode: 0 | 1 | 2;
  stderr?: string;
  records?: number;
  findings?: ExpectedFinding[];
  parts?: number[];
}

const DIR = join(ROOT, "test", "fixtures", "files");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Writes the command's current answer into the case's JSON, keeping notes, file, args and extra keys. */
function updateGolden(
  c: Case,
  code: number,
  stderr: string,
  report: { records: number; findings: Record<string, unknown>[] } | null,
): void {
  const { name, ...stored } = JSON.parse(readFileSync(join(DIR, `${c.name}.json`), "utf8")) as Case;
  void name;
  const next: Record<string, unknown> = { ...stored, exitCode: code };
  if (code === 2) {
    next.stderr = stderr.replace(/^cosell-check: /, "").replace(/\n$/, "");
    delete next.records;
    delete next.findings;
  } else if (report) {
    delete next.stderr;
    next.records = report.records;
    next.findings = report.findings.map((f) => {
      const wanted = c.findings?.find((e) => e.code === f.code && e.row === f.row) ?? {};
      const keys = new Set(["code", "row", "column", ...Object.keys(wanted)]);
      return Object.fromEntries([...keys].map((k) => [k, f[k]]));
    });
  }
  writeFileSync(join(DIR, `${c.name}.json`), `${JSON.stringify(next, null, 2)}\n`);
}

const cases: Case[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({
    name: name.replace(/\.json$/, ""),
    ...JSON.parse(readFileSync(join(DIR, name), "utf8")),
  }));

function recordsIn(text: string): number {
  const read = readCsv(new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`part is not readable: ${read.error.code}`);
  return read.table.rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== "")).length;
}

describe("file-level fixtures", () => {
  it("has a fixture file and notes for every case", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const c of cases) {
      expect(c.notes.length).toBeGreaterThan(20);
      expect(() => readFileSync(join(DIR, c.file))).not.toThrow();
    }
  });

  it.each(cases)("$name: $notes", async (c) => {
    const io = memoryIo({ [c.file]: new Uint8Array(readFileSync(join(DIR, c.file))) });
    const code = await main([c.file, "--json", ...(c.args ?? [])], io);
    if (UPDATE) {
      updateGolden(c, code, io.stderrText(), code === 2 ? null : JSON.parse(io.stdoutText()));
      return;
    }

    if (c.exitCode === 2) {
      expect(io.stderrText()).toBe(`cosell-check: ${c.stderr}\n`);
      expect(io.stdoutText()).toBe("");
      expect(code).toBe(2);
      return;
    }
    expect(io.stderrText()).toBe("");
    const report = JSON.parse(io.stdoutText());
    expect(report.records).toBe(c.records);
    const actual = report.findings.map((f: Record<string, unknown>) => {
      const wanted = c.findings?.find((e) => e.code === f.code && e.row === f.row) ?? {};
      const keys = new Set(["code", "row", "column", ...Object.keys(wanted)]);
      return Object.fromEntries([...keys].map((k) => [k, f[k]]));
    });
    expect(actual).toEqual(c.findings);
    expect(code).toBe(c.exitCode);

    if (c.parts) {
      const written = [...io.files.keys()].filter((p) => p.startsWith("parts/")).sort();
      expect(written).toEqual(
        c.parts.map((_, i) => `parts/${c.file.replace(/\.csv$/, "")}-part-${i + 1}.csv`),
      );
      const header = io.written(written[0]).split("\r\n", 1)[0];
      for (const [i, path] of written.entries()) {
        const text = io.written(path);
        expect(text.split("\r\n", 1)[0]).toBe(header);
        expect(recordsIn(text)).toBe(c.parts[i]);
      }
    }
  });
});
