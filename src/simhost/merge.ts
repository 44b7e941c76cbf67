// Merged cells (Range.merge / unmerge, ExcelApi 1.2; getMergedAreasOrNullObject, 1.13). As in
// Excel, merging keeps the top-left value and empties the other cells, so they read "".
import { intersect, type Rect } from "./address";
import type { SheetModel } from "./model";

/** Merges rect (or each of its rows when across), replacing merged areas it overlaps. */
export function mergeArea(sheet: SheetModel, rect: Rect, across = false): void {
  const areas = across
    ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 }))
    : [rect];
  for (const area of areas) {
    if (area.rows * area.cols < 2) continue;
    unmergeArea(sheet, area);
    sheet.forEachCellIn(area, (r, c) => {
      if (r !== area.row || c !== area.col) sheet.setContent(r, c, { value: undefined });
    });
    sheet.merges.push({ ...area });
  }
}

/** Removes every merged area that overlaps rect (Excel unmerges them whole). */
export function unmergeArea(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
}

/** Merged areas whose top-left cell lies in rect: what getMergedAreasOrNullObject returns. */
export function mergedAreasStartingIn(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter(
    (m) =>
      m.row >= rect.row && m.row < rect.row + rect.rows && m.col >= rect.col && m.col < rect.col + rect.cols,
  );
}
