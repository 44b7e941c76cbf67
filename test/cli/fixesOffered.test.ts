// Every fix the report offers is one --fix writes: no finding may show a fix that the fixed file
// does not carry. Header notices (case, spacing, an alias from an older template) offer none, since
// headers are never renamed (RULES.md "Header row"); they once offered one that --fix ignored.
import { main } from "../../src/cli/main";
import { readCsv } from "../../src/core/csv";
import type { Table } from "../../src/core/types";
import { memoryIo, repoFile } from "./memoryIo";

type JsonFinding = { code: string; severity: string; cell: string | null; fix: string | null };

function table(text: string | Uint8Array): Table {
  const read = readCsv(typeof text === "string" ? new TextEncoder().encode(text) : text);
  if (!read.ok) throw new Error(read.error.code);
  return read.table;
}

/** "AA12" → zero-based row and column of the table (the file starts in A1). */
function position(cell: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

/** The clean example with old and odd header spellings and a few fixable values. */
function input(): string {
  const clean = new TextDecoder().decode(repoFile("examples/clean.csv")).replace(/^\ufeff/, "");
  const newline = clean.indexOf("\n");
  const header = clean
    .slice(0, newline)
    .replace("Customer Country", "Customer country/region") // alias
    .replace("Currency", "currency") // case
    .replace("Deal Name", " Deal  Name") // spacing
    .replace("Team member 1", "Team Member 1"); // alias of a repeating column
  const records = clean.slice(newline).replace(",USD,", ",usd,").replace(",12563,", ',"$12,563.00",');
  return header + records;
}

describe("--fix writes every fix the report offers", () => {
  it("header notices offer no fix and the header is kept; every offered cell fix is in the file", async () => {
    const text = input();
    const io = memoryIo({ "in.csv": text });
    await main(["in.csv", "--json", "--fix", "--out", "fixed.csv"], io);
    const findings = (JSON.parse(io.stdoutText()) as { findings: JsonFinding[] }).findings;
    const before = table(text);
    const after = table(io.written("fixed.csv"));

    const headerNotices = findings.filter((f) => f.cell !== null && position(f.cell).row === 0);
    expect(headerNotices.length).toBeGreaterThanOrEqual(4);
    expect(headerNotices.filter((f) => f.fix !== null)).toEqual([]);
    expect(after.rows[0]).toEqual(before.rows[0]);

    const offered = findings.filter((f) => f.fix !== null && f.cell !== null);
    expect(offered.map((f) => f.code)).toEqual(expect.arrayContaining(["not-canonical", "money-format"]));
    const unapplied = offered.filter((f) => {
      const { row, col } = position(f.cell as string);
      const others = offered.filter((o) => o.cell === f.cell).map((o) => o.fix);
      // Two fixes for one cell: the planner writes one of them (core/fixPlan.ts decides which).
      return (
        !others.includes(after.rows[row][col]) || (others.length === 1 && after.rows[row][col] !== f.fix)
      );
    });
    expect(unapplied).toEqual([]);
  });
});
