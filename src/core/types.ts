// Shared shapes of the rules engine. Everything here is plain data so that the CLI, the
// Excel layer and the task pane can pass it around, serialise it and test it.

export type Severity = "error" | "warning" | "notice";

/** Values a message template may interpolate ({column}, {value}, {fix}, …). */
export type MessageParams = Record<string, string | number>;

/**
 * One thing the checker found. `row` is the spreadsheet row (header = 1, first record = 2);
 * `column` the canonical template name; both are null for file-level findings.
 */
export interface Finding {
  code: string;
  severity: Severity;
  row: number | null;
  column: string | null;
  cell: string | null;
  /** Zero-based position of the cell in the checked table (header = row 0); null for file-level. */
  at: { row: number; col: number } | null;
  value: string | null;
  params: MessageParams;
  message: string;
  fix: string | null;
}

/** A sheet or CSV as text: `rows[0]` is the header row. Cells are never null. */
export interface Table {
  rows: string[][];
}

export type DateOrder = "auto" | "mdy" | "dmy";

export interface CheckOptions {
  /** How to read slashed dates whose day/month order the column itself does not reveal. */
  dateOrder?: DateOrder;
  /** Fallback order for "auto" when a column is ambiguous (the workbook locale in Excel). */
  dateOrderHint?: "mdy" | "dmy";
  /** Excel date system of the source workbook; CSV files use 1900. */
  dateSystem?: 1900 | 1904;
  /** The CSV file's delimiter: in a ";"-separated file `12.563` may be thousands written the European way. */
  delimiter?: "," | ";" | "\t";
  /** Where the table's top-left cell sits in the sheet (for A1 addresses). Default A1. */
  origin?: { row: number; col: number };
  /** The file as Partner Center last sent it, for terminal-state and read-only edit checks. */
  original?: Table;
  /** Editable services co-sell lists (partner role, solution area → plays). */
  lists?: ServiceLists;
}

export interface ServiceLists {
  partnerRoles: string[];
  solutionAreas: Record<string, string[]>;
}

export interface CheckSummary {
  error: number;
  warning: number;
  notice: number;
}

export interface CheckResult {
  records: number;
  createRows: number;
  updateRows: number;
  summary: CheckSummary;
  findings: Finding[];
}
