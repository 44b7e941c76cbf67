import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { nodeIo, type CliIo } from "../../src/cli/io";
import { readCsv } from "../../src/core/csv";
import type { Table } from "../../src/core/types";
import { memoryIo, repoFile } from "./memoryIo";

const CLEAN = "examples/clean.csv";
const MISTAKES = "examples/mistakes.csv";

function examplesIo(isTTY = false) {
  return memoryIo({ [CLEAN]: repoFile(CLEAN), [MISTAKES]: repoFile(MISTAKES) }, isTTY);
}

function table(text: string | Uint8Array): Table {
  const read = readCsv(typeof text === "string" ? new TextEncoder().encode(text) : text);
  if (!read.ok) throw new Error(read.error.code);
  return read.table;
}

function oneSentence(stderr: string): void {
  expect(stderr).toMatch(/^cosell-check: [^\n]+[.]\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("exit codes", () => {
  it("is 0 for a file without errors and 1 for a file with errors", async () => {
    const io = examplesIo();
    expect(await main([CLEAN], io)).toBe(0);
    expect(await main([MISTAKES], io)).toBe(1);
    expect(io.stderrText()).toBe("");
  });

  const unreadable: Array<{ notes: string; setup: (dir: string) => string; sentence: RegExp }> = [
    { notes: "missing file", setup: (dir) => join(dir, "nope.csv"), sentence: /: there is no such file\.$/ },
    { notes: "a folder", setup: (dir) => dir, sentence: /: it is a folder, not a CSV file\.$/ },
    {
      notes: "a file the user may not read (skipped when running as root, who may read anything)",
      setup: (dir) => {
        const path = join(dir, "secret.csv");
        writeFileSync(path, "a,b\n");
        chmodSync(path, 0o000);
        return path;
      },
      sentence: /: permission denied\.$/,
    },
  ];
  // Root may read anything, so the permission case is left out of the table (not passed vacuously).
  const runnable = unreadable.filter(
    (c) => !(c.notes.startsWith("a file the user") && process.getuid?.() === 0),
  );
  it.each(runnable)("is 2 with one sentence on the real file system: $notes", async ({ setup, sentence }) => {
    const dir = mkdtempSync(join(tmpdir(), "cosell-cli-"));
    try {
      const path = setup(dir);
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = { ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
      expect(await main([path], io)).toBe(2);
      expect(out).toEqual([]);
      oneSentence(err.join(""));
      expect(err.join("").trim()).toMatch(sentence);
      expect(err.join("")).toContain(path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is 2 with one sentence when something unexpected throws, never a crash", async () => {
    const io = examplesIo();
    io.stdout = () => {
      throw new TypeError("boom\n    at somewhere (file.js:1:1)");
    };
    expect(await main([CLEAN], io)).toBe(2);
    oneSentence(io.stderrText());
    expect(io.stderrText()).toContain("(boom)");
  });
});

describe("--json", () => {
  it("prints exactly one JSON object whose summary matches its findings", async () => {
    const io = examplesIo();
    await main([MISTAKES, "--json"], io);
    const text = io.stdoutText();
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual(["file", "records", "summary", "findings"]);
    expect(report.file).toBe(MISTAKES);
    const counted = { error: 0, warning: 0, notice: 0 } as Record<string, number>;
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(["code", "severity", "row", "column", "cell", "message", "fix"]);
      counted[f.severity]++;
    }
    expect(report.summary).toEqual(counted);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it("stays one JSON object when files are written too", async () => {
    const io = examplesIo();
    expect(await main([MISTAKES, "--json", "--fix", "--out", "fixed.csv", "--split", "parts"], io)).toBe(1);
    expect(() => JSON.parse(io.stdoutText())).not.toThrow();
    expect(io.files.has("fixed.csv")).toBe(true);
    expect(io.files.has("parts/mistakes-part-1.csv")).toBe(true);
  });
});

describe("human output", () => {
  it("has no colour codes when stdout is not a terminal", async () => {
    const io = examplesIo(false);
    await main([MISTAKES], io);
    expect(io.stdoutText()).not.toContain("\u001b[");
    expect(io.stdoutText()).toMatch(/\n13 records: \d+ errors, \d+ warnings?, \d+ notices?\.\n$/);
  });

  it("uses colour on a terminal unless NO_COLOR is set", async () => {
    const tty = examplesIo(true);
    await main([MISTAKES], tty);
    expect(tty.stdoutText()).toContain("\u001b[31m");
    const noColour = examplesIo(true);
    noColour.env = { NO_COLOR: "1" };
    await main([MISTAKES], noColour);
    expect(noColour.stdoutText()).not.toContain("\u001b[");
  });
});

describe("--fix --out", () => {
  it("applies every fix and changes no other cell", async () => {
    const io = examplesIo();
    await main([MISTAKES, "--json", "--fix", "--out", "fixed.csv"], io);
    const findings = JSON.parse(io.stdoutText()).findings as Array<{
      cell: string | null;
      fix: string | null;
    }>;
    const before = table(repoFile(MISTAKES));
    const after = table(io.written("fixed.csv"));

    expect(after.rows.map((r) => r.length)).toEqual(before.rows.map((r) => r.length));
    const fixes = new Map(
      findings.filter((f) => f.fix !== null && f.cell !== null).map((f) => [f.cell, f.fix]),
    );
    expect(fixes.size).toBeGreaterThan(5);
    const changed = new Map<string, string>();
    before.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (after.rows[r][c] !== value) changed.set(cellName(r, c), after.rows[r][c]);
      }),
    );
    expect(changed).toEqual(fixes);
    expect(io.stdoutText()).not.toContain("Wrote"); // JSON mode: stdout is the report only
  });

  it("writes a BOM by default and none with --no-bom; says what it wrote", async () => {
    const io = examplesIo();
    await main([MISTAKES, "--fix", "--out", "with.csv"], io);
    await main([MISTAKES, "--fix", "--out", "without.csv", "--no-bom"], io);
    expect(io.written("with.csv").startsWith("\ufeff")).toBe(true);
    expect(io.written("without.csv").startsWith("\ufeff")).toBe(false);
    expect(io.written("with.csv").slice(1)).toBe(io.written("without.csv"));
    expect(io.stdoutText()).toMatch(/Wrote with\.csv with \d+ cells fixed\.\n/);
  });

  it("refuses to overwrite the file being checked", async () => {
    const io = examplesIo();
    expect(await main([MISTAKES, "--fix", "--out", "./examples/../examples/mistakes.csv"], io)).toBe(2);
    oneSentence(io.stderrText());
    expect(io.files.get(MISTAKES)).toEqual(repoFile(MISTAKES));
  });

  it("exits 2 with one sentence when the output cannot be written", async () => {
    const io = examplesIo();
    io.writeFile = async (path) => {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
    };
    expect(await main([MISTAKES, "--fix", "--out", "missing/dir/fixed.csv"], io)).toBe(2);
    expect(io.stderrText()).toBe(
      "cosell-check: Cannot write missing/dir/fixed.csv: its folder does not exist.\n",
    );
    expect(io.stdoutText()).toBe("");
  });
});

describe("--split", () => {
  it("writes one part with the header for a small file, BOM per --no-bom", async () => {
    const io = examplesIo();
    expect(await main([CLEAN, "--split", "out", "--no-bom"], io)).toBe(0);
    expect(io.dirs.has("out")).toBe(true);
    const part = io.written("out/clean-part-1.csv");
    expect(part.startsWith("\ufeff")).toBe(false);
    expect(table(part)).toEqual(table(repoFile(CLEAN)));
    expect(io.stdoutText()).toContain("Wrote 1 part of at most 1,000 records: out/clean-part-1.csv.");
  });

  it("splits the fixed table when --fix is given as well", async () => {
    const io = examplesIo();
    await main([MISTAKES, "--fix", "--out", "fixed.csv", "--split", "out"], io);
    expect(io.written("out/mistakes-part-1.csv")).toBe(io.written("fixed.csv"));
  });
});

describe("--date-order", () => {
  const file = repoFile(CLEAN);
  const text = new TextDecoder().decode(file);
  // Every close date becomes 3/4/2026, so the column itself cannot tell day-first from month-first.
  const ambiguous = text.replace(/\d{1,2}\/\d{1,2}\/2026/g, "3/4/2026");

  it("passes the order to the checker: dmy re-reads 3/4/2026 as 3 April", async () => {
    const io = memoryIo({ "a.csv": ambiguous });
    await main(["a.csv", "--json", "--date-order", "dmy"], io);
    const dates = JSON.parse(io.stdoutText()).findings.filter(
      (f: { column: string }) => f.column === "Estimated Close Date",
    );
    expect(dates.length).toBe(10);
    expect(dates.every((f: { fix: string }) => f.fix === "4/3/2026")).toBe(true);
    const mdy = memoryIo({ "a.csv": ambiguous });
    await main(["a.csv", "--json", "--date-order", "mdy"], mdy);
    expect(JSON.parse(mdy.stdoutText()).findings).toEqual([]);
  });

  it("decides the ambiguous dates of a column holding both orders (was an error on each)", async () => {
    // One date proves day-first, one month-first: a tie, so only an explicit order reads the rest.
    let n = 0;
    const mixed = text.replace(
      /\d{1,2}\/\d{1,2}\/2026/g,
      () => ["13/4/2026", "4/14/2026"][n++] ?? "3/4/2026",
    );
    const datesOf = async (args: string[]) => {
      const io = memoryIo({ "m.csv": mixed });
      await main(["m.csv", "--json", ...args], io);
      return JSON.parse(io.stdoutText())
        .findings.filter((f: { column: string }) => f.column === "Estimated Close Date")
        .map((f: { code: string; fix: string | null }) => `${f.code}→${f.fix}`);
    };
    expect(await datesOf([])).toEqual(["date-reordered→4/13/2026", ...Array(8).fill("date-ambiguous→null")]);
    // The tie's message names the option that settles it, not the pane's setting.
    const io = memoryIo({ "m.csv": mixed });
    await main(["m.csv"], io);
    const tie =
      io
        .stdoutText()
        .split("\n")
        .find((line) => line.includes("[date-ambiguous]")) ?? "";
    expect(tie).toContain("Run again with --date-order mdy (month first) or --date-order dmy (day first)");
    expect(tie).not.toContain("Read dates such as");
    expect(await datesOf(["--date-order", "mdy"])).toEqual(["date-reordered→4/13/2026"]);
    expect(await datesOf(["--date-order", "dmy"])).toEqual([
      "date-reordered→4/13/2026",
      ...Array(8).fill("date-reordered→4/3/2026"),
    ]);
  });
});

function cellName(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
