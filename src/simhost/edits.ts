// Changes of cells that raise worksheet events, shared by the add-in's requests (range.ts) and the
// user's actions (userInput.ts): each records one event for the area it changed.
import { isEntireRows, type Rect } from "./address";
import { shownValue } from "./formula";
import type { SheetModel, WorkbookModel } from "./model";
import { shiftRect, shiftRows } from "./rowShift";
import { assertDeleteAllowed } from "./shiftRefusal";

/** Range.insert/delete and the user's Insert/Delete: cells move, whole rows take their row things along. */
export function shiftCells(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  vertical: boolean,
  insert: boolean,
): void {
  if (!insert) assertDeleteAllowed(sheet, rect, vertical);
  sheet.shift(rect, vertical, insert);
  if (isEntireRows(rect)) shiftRows(model, sheet, rect.row, insert ? rect.rows : -rect.rows);
  else if (vertical) shiftWholeWidth(sheet, rect, insert ? rect.rows : -rect.rows);
  model.changes.shifted(sheet, rect, vertical, insert);
}

/** Tables and merged areas lying wholly in the shifted columns move with the cells (as in Excel). */
function shiftWholeWidth(sheet: SheetModel, rect: Rect, delta: number): void {
  const inColumns = (r: Rect) => r.col >= rect.col && r.col + r.cols <= rect.col + rect.cols;
  const move = (r: Rect): Rect | null => (inColumns(r) ? shiftRect(r, rect.row, delta) : r);
  sheet.tables = sheet.tables.filter((t) => {
    const moved = move(t.rect);
    if (moved) t.rect = moved;
    return moved !== null; // every row of the table deleted: the table goes
  });
  sheet.merges = sheet.merges.map(move).filter((m): m is Rect => m !== null);
}

/** Runs a write of rect's cells and records it; a single cell's event carries its value before and after. */
export function recordEdit(model: WorkbookModel, sheet: SheetModel, rect: Rect, write: () => void): void {
  const single = rect.rows === 1 && rect.cols === 1;
  const before = single ? shownValue(sheet, rect.row, rect.col) : null;
  write();
  const after = single ? shownValue(sheet, rect.row, rect.col) : null;
  model.changes.edited(
    sheet,
    rect,
    before && after
      ? {
          before: before.value,
          after: after.value,
          beforeIsError: before.isError,
          afterIsError: after.isError,
        }
      : undefined,
  );
}
