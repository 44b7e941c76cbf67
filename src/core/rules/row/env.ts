import type { ResolvedColumn } from "../../catalogue/descriptor";
import { cellFinding, rowFinding, type Origin } from "../../findings";
import type { FindingCode } from "../../messages";
import type { Finding, MessageParams, ServiceLists, Severity } from "../../types";

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

/** A finding on the cell of a named column in this row. */
export function findingAt(
  env: RowEnv,
  row: RowView,
  col: number,
  code: FindingCode,
  params?: MessageParams,
  severity?: Severity,
): Finding {
  const column = env.columns[col]?.canonical ?? "";
  return cellFinding(
    code,
    { at: { row: row.tableRow, col }, column, value: row.cells[col] ?? "", params, severity },
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
  emptyCode: FindingCode,
  params: MessageParams,
  out: Finding[],
): boolean {
  const col = env.indexOf.get(name);
  if (col === undefined) {
    out.push(rowFinding("column-missing-for-row", row.tableRow, name, {}, env.origin));
    return false;
  }
  if (valueAt(row, col) !== "") return true;
  out.push(findingAt(env, row, col, emptyCode, params));
  return false;
}

export type RowRule = (env: RowEnv, row: RowView, out: Finding[]) => void;
