// --findings-csv: every finding as a row a colleague can open in Excel, nothing reinterpreted.
import { main } from "../../src/cli/main";
import { readCsv } from "../../src/core/csv";
import { FINDINGS_REPORT_HEADER } from "../../src/core/report/findingsReport";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { memoryIo, repoFile, ROOT } from "./memoryIo";

const MISTAKES = "examples/mistakes.csv";

function shownByExcel(cell: string): string {
  const literal = /^="((?:[^"]|"")*)"$/.exec(cell);
  return literal ? literal[1].replace(/""/g, '"') : cell;
}

async function run(argv: string[]) {
  const io = memoryIo({ [MISTAKES]: repoFile(MISTAKES) });
  const code = await main(argv, io);
  return { io, code };
}

describe("--findings-csv", () => {
  it("writes one row per finding, in the JSON report's order, with the same texts", async () => {
    const { io: jsonIo } = await run([MISTAKES, "--json"]);
    const report = JSON.parse(jsonIo.stdoutText()) as {
      findings: Array<{
        row: number | null;
        cell: string | null;
        column: string | null;
        severity: string;
        code: string;
        message: string;
        fix: string | null;
      }>;
    };
    const { io, code } = await run([MISTAKES, "--findings-csv", "findings.csv"]);
    expect(code).toBe(1);
    const text = io.written("findings.csv");
    expect(text.startsWith("\ufeff")).toBe(true);
    const read = readCsv(new TextEncoder().encode(text));
    if (!read.ok) throw new Error(read.error.code);
    const [header, ...rows] = read.table.rows;
    expect(header).toEqual(FINDINGS_REPORT_HEADER);
    expect(rows).toHaveLength(report.findings.length);
    expect(report.findings.length).toBeGreaterThan(5);
    rows.forEach((row, i) => {
      const f = report.findings[i];
      expect(row[0]).toBe(f.row === null ? "" : String(f.row));
      expect(row.slice(1, 6).map(shownByExcel)).toEqual([
        f.cell ?? "",
        f.column ?? "",
        f.severity,
        f.code,
        f.message,
      ]);
      expect(shownByExcel(row[7])).toBe(f.fix ?? "");
    });
    expect(io.stdoutText()).toContain(`Wrote findings.csv with ${report.findings.length} findings.`);
  });

  it("keeps values Excel would change as text: zero-led, dates, formulas", async () => {
    const { io } = await run([MISTAKES, "--findings-csv", "findings.csv"]);
    const read = readCsv(new TextEncoder().encode(io.written("findings.csv")));
    if (!read.ok) throw new Error(read.error.code);
    const cells = read.table.rows.slice(1).flatMap((row) => row.slice(1));
    const risky = cells.filter((cell) => cell !== "" && !/^\p{L}/u.test(cell) && !cell.startsWith('="'));
    expect(risky).toEqual([]);
  });

  it("refuses to overwrite the file being checked", async () => {
    const { io, code } = await run([MISTAKES, "--findings-csv", MISTAKES]);
    expect(code).toBe(2);
    expect(io.stderrText()).toBe(
      "cosell-check: --findings-csv must name a new file, not a file being read.\n",
    );
  });
});

describe("--version", () => {
  it("prints the package's version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const { io, code } = await run(["--version"]);
    expect(code).toBe(0);
    expect(io.stdoutText()).toBe(`cosell-check ${version}\n`);
    const short = await run(["-V"]);
    expect(short.io.stdoutText()).toBe(`cosell-check ${version}\n`);
  });
});
