// Account matching (RULES.md "The processed file"): after the first upload Partner Center fills
// Final account match, Confidence and up to six suggestions per row. The user keeps the match or
// replaces it with one of that row's own suggestions. This module knows where those columns are,
// what a row's suggestions are, which rows need the user's review, and what each row's dropdown
// offers. Everything depends on the row's own cells only, so a live re-check stays exact.
import { analyseHeader } from "../header/analyseHeader";
import { findingAt, type RowEnv, type RowView } from "../rules/row/env";
import type { Finding, Table } from "../types";
import { isBlankRow } from "../csv/split";

export const FINAL_ACCOUNT_MATCH = "Final account match";
export const SUGGESTION_COLUMNS = [
  "Managed account 1",
  "Managed account 2",
  "Unmanaged account 1",
  "Unmanaged account 2",
  "DUNS account 1",
  "DUNS account 2",
] as const;

export interface AccountMatchColumns {
  /** Sheet column of Final account match. */
  final: number;
  /** Sheet column of Confidence, when the sheet has one. */
  confidence: number | undefined;
  /** Sheet columns of the suggestion columns present, in RULES.md order (managed, unmanaged, DUNS). */
  suggestions: readonly number[];
}

/** Where the account-match columns are; null unless Final account match and a suggestion column are both there. */
export function accountMatchColumns(indexOf: ReadonlyMap<string, number>): AccountMatchColumns | null {
  const final = indexOf.get(FINAL_ACCOUNT_MATCH);
  if (final === undefined) return null;
  const suggestions: number[] = [];
  for (const name of SUGGESTION_COLUMNS) {
    const col = indexOf.get(name);
    if (col !== undefined) suggestions.push(col);
  }
  return suggestions.length === 0 ? null : { final, confidence: indexOf.get("Confidence"), suggestions };
}

/** A row's own suggestions: trimmed, non-empty, each once, in column order. At most six: constant work. */
export function rowSuggestions(cells: readonly string[], cols: AccountMatchColumns): string[] {
  const out: string[] = [];
  for (const col of cols.suggestions) {
    const value = (cells[col] ?? "").trim();
    if (value !== "" && !out.includes(value)) out.push(value);
  }
  return out;
}

/** Whether a Final account match value is one of its row's suggestions (then its format is Partner Center's own). */
export function isRowSuggestion(value: string, cells: readonly string[], cols: AccountMatchColumns): boolean {
  const trimmed = value.trim();
  if (trimmed === "") return false;
  for (const col of cols.suggestions) if ((cells[col] ?? "").trim() === trimmed) return true;
  return false;
}

function isLowConfidence(cells: readonly string[], cols: AccountMatchColumns): boolean {
  return cols.confidence !== undefined && (cells[cols.confidence] ?? "").trim().toLowerCase() === "low";
}

/**
 * The review notices: an empty Final account match while the row has suggestions, or a Low
 * confidence match. One notice per row, on the Final account match cell (where the user acts).
 */
export function accountMatchReview(
  env: RowEnv,
  cols: AccountMatchColumns,
): (row: RowView, out: Finding[]) => void {
  return (row, out) => {
    const empty = (row.cells[cols.final] ?? "").trim() === "";
    if (empty) {
      const count = rowSuggestions(row.cells, cols).length;
      if (count > 0) {
        out.push(findingAt(env, row, cols.final, "account-match-empty", { count }));
        return;
      }
    }
    if (isLowConfidence(row.cells, cols))
      out.push(findingAt(env, row, cols.final, "account-match-low-confidence"));
  };
}

/** One row's dropdown: its table row (header = 0) and the suggestions it offers. */
export interface AccountMatchChoice {
  tableRow: number;
  choices: string[];
}

export interface AccountMatchPlan {
  /** Sheet column (in the table) of Final account match. */
  col: number;
  /** Every record with at least one suggestion, ascending. */
  rows: AccountMatchChoice[];
}

/**
 * What the account-match dropdowns offer on a table (header in rows[0]): null when the sheet is not
 * a processed file with suggestion columns. Rows without suggestions get no dropdown.
 */
export function accountMatchChoices(table: Table): AccountMatchPlan | null {
  const header = table.rows[0] ?? [];
  const cols = accountMatchColumns(analyseHeader(header).indexOf);
  if (!cols) return null;
  const rows: AccountMatchChoice[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (isBlankRow(cells)) continue;
    const choices = rowSuggestions(cells, cols);
    if (choices.length > 0) rows.push({ tableRow: r, choices });
  }
  return { col: cols.final, rows };
}

/** A processed file with at least one record's suggestions: its dropdowns have something to offer. */
export function hasAccountSuggestions(table: Table): boolean {
  return (accountMatchChoices(table)?.rows.length ?? 0) > 0;
}
