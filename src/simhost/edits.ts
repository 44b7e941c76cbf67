// Changes of cells that raise worksheet events, shared by the add-in's requests (range.ts) and the
// user's actions (userInput.ts): each records one event for the area it changed.
import { isEntireRows, type Rect } from "./address";
import { shownValue } from "./formula";
import type { SheetModel, WorkbookModel } from "./model";
import { shiftRows } from "./rowShift";

/** Range.insert/delete and the user's Insert/Delete: cells move, whole rows take their row things along. */
export function shiftCells(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  vertical: boolean,
  insert: boolean,
): void {
  sheet.shift(rect, vertical, insert);
  if (isEntireRows(rect)) shiftRows(model, sheet, rect.row, insert ? rect.rows : -rect.rows);
  model.changes.shifted(sheet, rect, vertical, insert);
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
