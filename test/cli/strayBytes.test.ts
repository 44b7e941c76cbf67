// A UTF-8 file with one byte pasted from a Windows-1252 source: only that cell is reported, and
// --fix changes no cell that no finding fixed (the accented names elsewhere stay as written).
import { main } from "../../src/cli/main";
import { readCsv } from "../../src/core/csv";
import { cellAddress } from "../../src/core/findings";
import type { Table } from "../../src/core/types";
import { memoryIo, repoFile } from "./memoryIo";

function table(text: string | Uint8Array): Table {
  const read = readCsv(typeof text === "string" ? new TextEncoder().encode(text) : text);
  if (!read.ok) throw new Error(read.error.code);
  return read.table;
}

/** The clean example without its BOM, every "Contoso" a "Müller", one Notes cell with a 1252 "é". */
function fileWithOneStrayByte(): Uint8Array {
  const clean = new TextDecoder().decode(repoFile("examples/clean.csv")).replace(/^\ufeff/, "");
  const text = clean.replace(/Contoso/g, "Müller").replace("Lift and shift", "Lift and shift caf\u0000");
  const encoded = new TextEncoder().encode(text);
  encoded[encoded.indexOf(0)] = 0xe9; // 0xE9 is "é" in Windows-1252 and never valid UTF-8 alone
  return encoded;
}

type JsonFinding = {
  code: string;
  severity: string;
  cell: string | null;
  message: string;
  fix: string | null;
};

describe("a UTF-8 file with one stray Windows-1252 byte", () => {
  it("warns on that cell only and --fix keeps every other accented cell as written", async () => {
    const input = fileWithOneStrayByte();
    const io = memoryIo({ "in.csv": input });
    await main(["in.csv", "--json", "--fix", "--out", "fixed.csv"], io);
    const report = JSON.parse(io.stdoutText()) as { findings: JsonFinding[] };

    const stray = report.findings.filter((f) => f.code === "stray-byte");
    expect(stray).toEqual([expect.objectContaining({ severity: "warning", cell: "AA2", fix: null })]);
    expect(stray[0].message).toMatch(
      /^Notes value "Lift and shift café[^"]*" contains 0xE9, which is not UTF-8/,
    );
    expect(report.findings.map((f) => f.code)).not.toContain("encoding-not-utf8");

    const before = table(input);
    const after = table(io.written("fixed.csv"));
    expect(after.rows[1][26]).toMatch(/^Lift and shift café/);
    const fixes = new Map(
      report.findings.filter((f) => f.fix !== null && f.cell).map((f) => [f.cell, f.fix]),
    );
    before.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = cellAddress(r, c);
        expect([cell, after.rows[r][c]]).toEqual([cell, fixes.get(cell) ?? value]);
      }),
    );
    expect(io.written("fixed.csv")).toContain("Müller Ltd");
    expect(io.written("fixed.csv")).not.toContain("Ã");
  });
});
