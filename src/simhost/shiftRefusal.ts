// Deletes Excel refuses: cells (or whole rows/columns) whose removal would shift part of a table
// or split a merged area. Excel answers "This operation is not allowed. The operation is attempting
// to shift cells in a table on your worksheet." and "We can't do that to a merged cell." (its own
// dialogs); through Office.js we answer InsertDeleteConflict ("The insert or delete operation
// attempted resulted in a conflict", Excel.ErrorCodes, "Error handling with the application-specific
// JavaScript APIs"; the code is assumed, not seen). We take the stricter reading: an entire-row
// delete through part of a merged area, or through a table's header row while the table's data
// stays, is refused too. Checked before anything moves, so a refused delete changes nothing.
import { MAX_COLS, MAX_ROWS, intersect, type Rect } from "./address";
import { ErrorCodes, SimHostError } from "./errors";
import type { SheetModel } from "./model";

export const TABLE_SHIFT_MESSAGE =
  "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";
export const MERGED_SHIFT_MESSAGE = "We can't do that to a merged cell.";

/** Lines [start, start+size) along one axis. */
const within = (aStart: number, aSize: number, bStart: number, bSize: number): boolean =>
  aStart >= bStart && aStart + aSize <= bStart + bSize;

/** Throws when deleting rect (shifting up when vertical, else left) would cut a table or merged area. */
export function assertDeleteAllowed(sheet: SheetModel, rect: Rect, vertical: boolean): void {
  // Everything that moves: the deleted cells and all cells after them along the shift.
  const band: Rect = vertical
    ? { row: rect.row, col: rect.col, rows: MAX_ROWS - rect.row, cols: rect.cols }
    : { row: rect.row, col: rect.col, rows: rect.rows, cols: MAX_COLS - rect.col };
  // Across the shift (columns for an upward shift) a thing must lie wholly inside the band;
  // along it, it must be deleted whole or not touched by the deletion at all.
  const across = (r: Rect) =>
    vertical ? within(r.col, r.cols, rect.col, rect.cols) : within(r.row, r.rows, rect.row, rect.rows);
  const cutAlong = (r: Rect) => {
    const hit = intersect(r, rect);
    if (!hit) return false;
    return vertical
      ? !within(r.row, r.rows, rect.row, rect.rows)
      : !within(r.col, r.cols, rect.col, rect.cols);
  };
  for (const table of sheet.tables) {
    if (!intersect(table.rect, band)) continue;
    const header: Rect = vertical ? { ...table.rect, rows: 1 } : { ...table.rect, cols: 1 };
    const headerOnly = table.showHeaders && intersect(header, rect) !== null && cutAlong(table.rect);
    if (!across(table.rect) || headerOnly)
      throw new SimHostError(ErrorCodes.insertDeleteConflict, TABLE_SHIFT_MESSAGE);
  }
  for (const merge of sheet.merges) {
    if (!intersect(merge, band)) continue;
    if (!across(merge) || cutAlong(merge))
      throw new SimHostError(ErrorCodes.insertDeleteConflict, MERGED_SHIFT_MESSAGE);
  }
}
