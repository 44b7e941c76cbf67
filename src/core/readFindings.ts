// What reading a CSV file found, as findings: the file-level ones (delimiter, encoding) and one
// warning per cell holding bytes that are not UTF-8. Shared by the CLI (checkFile) and Open CSV.
import type { CsvRead } from "./csv";
import { decodeWindows1252 } from "./csv";
import { A1, cellFinding, columnLetters, fileFinding, type Origin } from "./findings";
import { resolveHeaderRow } from "./header/resolve";
import type { Finding } from "./types";

type Read = Extract<CsvRead, { ok: true }>;

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

export function readFindings(read: Read, origin: Origin = A1): Finding[] {
  const findings = read.findings.map((f) => fileFinding(f));
  if (read.strays.length === 0) return findings;
  const header = read.table.rows[0] ?? [];
  const columns = resolveHeaderRow(header);
  for (const stray of read.strays) {
    const headerText = (header[stray.col] ?? "").trim();
    const column = columns[stray.col]?.canonical ?? (headerText || columnLetters(stray.col + origin.col));
    findings.push(
      cellFinding(
        {
          code: "stray-byte",
          params: {
            bytes: stray.bytes.map(hex).join(" "),
            chars: decodeWindows1252(Uint8Array.from(stray.bytes)),
          },
        },
        { at: { row: stray.row, col: stray.col }, column, value: read.table.rows[stray.row][stray.col] },
        origin,
      ),
    );
  }
  return findings;
}
