// When Excel refuses a deletion part-way through Keep only failed rows (a merged area the host could
// not report before ExcelApi 1.13, or anything else), the rows already deleted go back from the copy
// sheet and the copy sheet goes: the sheet is as it was. A request that fails has applied the
// actions before the failing one, so which deletions happened is found by reading the sheet again
// and matching it against each possible state. If none matches, nothing more is touched: every
// accepted row is still on the copy sheet.
import type { Table } from "../core/types";
import { readSheet } from "./readSheet";
import { removeSheets } from "./removeSheets";
import { ACTION_BYTES, PATH_BYTES, REQUEST_BUDGET_BYTES, splitByBytes } from "./requestSize";

/** One run put back: two ranges by index, an insert and a copy. */
const RUN_BYTES = 4 * PATH_BYTES + 2 * ACTION_BYTES + 200;

export interface DeletionState {
  /** The table as read before anything was deleted. */
  before: Table;
  /** Runs [first, count] in the order they were deleted (bottom-up). */
  order: Array<[number, number]>;
  /** How many of them were deleted in requests that succeeded. */
  done: number;
  /** How many more the failed request held. */
  inFailed: number;
  top: number;
  left: number;
  width: number;
  /** The copy sheet and where each run's rows are on it (keyed by the run's first row). */
  copySheet: string;
  copyRow: Map<number, number>;
}

/** Rows without the empty ones at the bottom (a used range ends at its last value), as JSON. */
function trimmed(rows: string[][]): string {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c === "")) end--;
  return JSON.stringify(rows.slice(0, end));
}

function expected(before: Table, deleted: Array<[number, number]>): string {
  const gone = new Set(
    deleted.flatMap(([first, count]) => Array.from({ length: count }, (_, i) => first + i)),
  );
  return trimmed(before.rows.filter((_, i) => !gone.has(i)));
}

/** True when the sheet is back as it was (the copy sheet gone); false when it was left alone. */
export async function rollBackDeletions(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  state: DeletionState,
  budget = REQUEST_BUDGET_BYTES,
): Promise<boolean> {
  try {
    const now = await readSheet(context, sheet);
    const seen = trimmed(now.table.rows);
    let deleted = -1;
    for (let n = state.done; n <= state.done + state.inFailed && deleted < 0; n++)
      if (expected(state.before, state.order.slice(0, n)) === seen) deleted = n;
    if (deleted < 0) return false;
    const back = state.order.slice(0, deleted).reverse(); // top-down: rows above each are in place
    const copy = context.workbook.worksheets.getItem(state.copySheet);
    for (const group of splitByBytes(back, () => RUN_BYTES, budget)) {
      for (const [first, count] of group) {
        const range = sheet.getRangeByIndexes(state.top + first, state.left, count, state.width);
        range.insert(Excel.InsertShiftDirection.down);
        const from = state.copyRow.get(first) ?? 0;
        range.copyFrom(copy.getRangeByIndexes(from, 0, count, state.width), Excel.RangeCopyType.all);
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    if (expected(state.before, []) !== trimmed((await readSheet(context, sheet)).table.rows)) return false;
    await removeSheets(context, [state.copySheet]);
    return true;
  } catch {
    return false; // the caller reports the refusal; the copy sheet keeps every accepted row
  }
}
