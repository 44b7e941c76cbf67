// The findings as a table a colleague can open: one row per finding, in reading order. The CLI's
// --findings-csv writes it in English; the task pane writes it in the UI language, as a sheet (the
// raw texts, in Text-formatted cells) or as a CSV (every text cell made text-safe).
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

/** The report's words in one language. Without `rule` the report has no Rule column (the CLI's). */
export interface ReportTexts {
  /** Headings of Row, Cell, Column, Severity, Code, Message, Value, Fix (and Rule, after Severity). */
  header: readonly string[];
  severity: (finding: Finding) => string;
  message: (finding: Finding) => string;
  rule?: (finding: Finding) => string;
}

const ENGLISH: ReportTexts = {
  header: FINDINGS_REPORT_HEADER,
  severity: (f) => f.severity,
  message: (f) => f.message,
};

/** Where the cell address sits in every report row (the column a sheet links from). */
export const REPORT_CELL_COLUMN = 1;

/** Header and one row per finding, the texts as they are (for Text-formatted sheet cells). */
export function findingsReportRows(findings: readonly Finding[], texts: ReportTexts = ENGLISH): string[][] {
  const rows = [...findings]
    .sort(compareFindings)
    .map((f) => [
      f.row === null ? "" : String(f.row),
      f.cell ?? "",
      f.column ?? "",
      texts.severity(f),
      ...(texts.rule ? [texts.rule(f)] : []),
      f.code,
      texts.message(f),
      f.value ?? "",
      f.fix ?? "",
    ]);
  return [[...texts.header], ...rows];
}

/** The same as a CSV for Excel: every text cell made text-safe (the row number is a number). */
export function findingsReportTable(findings: readonly Finding[], texts: ReportTexts = ENGLISH): Table {
  const [header, ...rows] = findingsReportRows(findings, texts);
  return {
    rows: [header, ...rows.map(([row, ...rest]) => [row, ...rest.map(textSafeForExcel)])],
  };
}
