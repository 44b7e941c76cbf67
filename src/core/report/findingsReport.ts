// The findings as a table a colleague can open in Excel: one row per finding, in reading order,
// every text cell made text-safe (the CLI's --findings-csv).
import { compareFindings } from "../findings";
import type { Finding, Table } from "../types";
import { textSafeForExcel } from "./textSafe";

export const FINDINGS_REPORT_HEADER = [
  "Row",
  "Cell",
  "Column",
  "Severity",
  "Code",
  "Message",
  "Value",
  "Fix",
];

export function findingsReportTable(findings: readonly Finding[]): Table {
  const rows = [...findings]
    .sort(compareFindings)
    .map((f) => [
      f.row === null ? "" : String(f.row),
      ...[f.cell, f.column, f.severity, f.code, f.message, f.value, f.fix].map((text) =>
        textSafeForExcel(text ?? ""),
      ),
    ]);
  return { rows: [FINDINGS_REPORT_HEADER, ...rows] };
}
