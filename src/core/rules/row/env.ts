import type { ResolvedColumn } from "../../catalogue/descriptor";
import { cellFinding, rowFinding, type Origin } from "../../findings";
import type { CellIssue, ParamsArgs, PlainCellCode } from "../../messages";
import type { Finding, ServiceLists } from "../../types";

/** What every row rule needs, built once per check. */
export interface RowEnv {
  origin: Origin;
  lists: ServiceLists;
  columns: readonly (ResolvedColumn | null)[];
  /** Canonical name → sheet column index. */
  indexOf: ReadonlyMap<string, number>;
  headerLength: number;
}

/** One record: its table row index, raw cells and whether it creates a referral. */
export interface RowView {
  tableRow: number;
  cells: readonly string[];
  isCreate: boolean;
}

/** Trimmed value of a sheet column ("" when the column is absent or the cell missing). */
export function valueAt(row: RowView, col: number | undefined): string {
  if (col === undefined) return "";
  const raw = row.cells[col];
  return raw === undefined ? "" : raw.trim();
}

export function valueOf(env: RowEnv, row: RowView, name: string): string {
  return valueAt(row, env.indexOf.get(name));
}

/** A finding on the cell at sheet column `col` of this row, with the params its code declares. */
export function findingAt<C extends PlainCellCode>(
  env: RowEnv,
  row: RowView,
  col: number,
  code: C,
  ...[params]: ParamsArgs<C>
): Finding {
  const column = env.columns[col]?.canonical ?? "";
  const issue = { code, params } as CellIssue;
  return cellFinding(
    issue,
    { at: { row: row.tableRow, col }, column, value: row.cells[col] ?? "" },
    env.origin,
  );
}

/**
 * A required value for this row: reports the absent column (no cell to point at) or the empty cell.
 * Returns true when the value is there.
 */
export function requireValue(
  env: RowEnv,
  row: RowView,
  name: string,
  empty: CellIssue,
  out: Finding[],
): boolean {
  const col = env.indexOf.get(name);
  if (col === undefined) {
    out.push(rowFinding("column-missing-for-row", row.tableRow, name, env.origin));
    return false;
  }
  if (valueAt(row, col) !== "") return true;
  const column = env.columns[col]?.canonical ?? "";
  out.push(
    cellFinding(empty, { at: { row: row.tableRow, col }, column, value: row.cells[col] ?? "" }, env.origin),
  );
  return false;
}

export type RowRule = (env: RowEnv, row: RowView, out: Finding[]) => void;
