// Hidden rows and columns (Range.rowHidden / columnHidden, ExcelApi 1.2). Kept as sparse sets of
// indexes; a filter hides rows through the same set, as Excel does.
import type { Rect } from "./address";
import type { SheetModel } from "./model";

/** How many of the lines [from, from + count) are in the set (walks the smaller side). */
export function countHidden(set: ReadonlySet<number>, from: number, count: number): number {
  if (set.size <= count) {
    let n = 0;
    for (const i of set) if (i >= from && i < from + count) n++;
    return n;
  }
  let n = 0;
  for (let i = from; i < from + count; i++) if (set.has(i)) n++;
  return n;
}

/** Excel's answer: true when every line is hidden, false when none is, null when some are. */
export function hiddenState(set: ReadonlySet<number>, from: number, count: number): boolean | null {
  const n = countHidden(set, from, count);
  return n === 0 ? false : n === count ? true : null;
}

export function setHidden(set: Set<number>, from: number, count: number, hidden: boolean): void {
  if (!hidden && set.size <= count) {
    for (const i of [...set]) if (i >= from && i < from + count) set.delete(i);
    return;
  }
  for (let i = from; i < from + count; i++) {
    if (hidden) set.add(i);
    else set.delete(i);
  }
}

/** The rows and columns of rect that are not hidden (what Range.getVisibleView shows). */
export function visibleLines(sheet: SheetModel, rect: Rect): { rows: number[]; cols: number[] } {
  const lines = (set: ReadonlySet<number>, from: number, count: number): number[] => {
    const out: number[] = [];
    for (let i = from; i < from + count; i++) if (!set.has(i)) out.push(i);
    return out;
  };
  return {
    rows: lines(sheet.hiddenRows, rect.row, rect.rows),
    cols: lines(sheet.hiddenCols, rect.col, rect.cols),
  };
}
