// Inserting or deleting whole rows moves more than cells: row formats, conditional formats,
// names and tables on that sheet follow, as in Excel.
import { MAX_COLS, MAX_ROWS, type Rect } from "./address";
import type { SheetModel, WorkbookModel } from "./model";

/** Where boundary x ends up after inserting (delta > 0) or deleting (delta < 0) lines at `at`. */
function moveBoundary(x: number, at: number, delta: number, isEnd: boolean, max: number): number {
  if (delta > 0) return (isEnd ? x > at : x >= at) ? Math.min(max, x + delta) : x;
  const n = -delta;
  if (x <= at) return x;
  return x >= at + n ? x - n : at;
}

/** A span [start, start+size) after the shift: grows when lines are inserted inside it, null when all deleted. */
export function shiftSpan(
  start: number,
  size: number,
  at: number,
  delta: number,
  max: number,
): [number, number] | null {
  const s = moveBoundary(start, at, delta, false, max);
  const e = moveBoundary(start + size, at, delta, true, max);
  return e > s ? [s, e - s] : null;
}

export function shiftRect(r: Rect, at: number, delta: number): Rect | null {
  const span = shiftSpan(r.row, r.rows, at, delta, MAX_ROWS);
  return span ? { ...r, row: span[0], rows: span[1] } : null;
}

/**
 * A formatted block after cells move: the part in the moving lines (columns for a vertical shift)
 * shifts along the other axis; the parts beside them stay.
 */
export function shiftBlock(
  rect: Rect,
  vertical: boolean,
  lineStart: number,
  lineCount: number,
  at: number,
  delta: number,
): Rect[] {
  const [pStart, pSize] = vertical ? [rect.col, rect.cols] : [rect.row, rect.rows];
  const lo = Math.max(pStart, lineStart);
  const hi = Math.min(pStart + pSize, lineStart + lineCount);
  if (hi <= lo) return [rect];
  const piece = (s: number, e: number): Rect =>
    vertical ? { ...rect, col: s, cols: e - s } : { ...rect, row: s, rows: e - s };
  const out: Rect[] = [];
  if (lo > pStart) out.push(piece(pStart, lo));
  if (pStart + pSize > hi) out.push(piece(hi, pStart + pSize));
  const mid = piece(lo, hi);
  const moved = vertical
    ? shiftSpan(mid.row, mid.rows, at, delta, MAX_ROWS)
    : shiftSpan(mid.col, mid.cols, at, delta, MAX_COLS);
  if (moved)
    out.push(
      vertical ? { ...mid, row: moved[0], rows: moved[1] } : { ...mid, col: moved[0], cols: moved[1] },
    );
  return out;
}

function shiftMap<V>(m: Map<number, V>, at: number, delta: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [row, v] of m) {
    if (delta < 0 && row >= at && row < at - delta) continue;
    const next = row >= at ? row + delta : row;
    if (next < MAX_ROWS) out.set(next, v);
  }
  return out;
}

const shiftSet = (set: Set<number>, at: number, delta: number): Set<number> =>
  new Set(shiftMap(new Map([...set].map((i) => [i, i])), at, delta).keys());

export function shiftRows(model: WorkbookModel, sheet: SheetModel, at: number, delta: number): void {
  sheet.rowFormats = shiftMap(sheet.rowFormats, at, delta);
  sheet.rowHeights = shiftMap(sheet.rowHeights, at, delta);
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges.map((r) => shiftRect(r, at, delta)).filter((r): r is Rect => r !== null);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  for (const t of sheet.tables) {
    t.rect = shiftRect(t.rect, at, delta) ?? t.rect;
    if (t.autoFilter) {
      const hidRows = shiftSet(t.autoFilter.hidRows, at, delta);
      t.autoFilter = { ...t.autoFilter, rect: { ...t.rect }, hidRows };
    }
  }
  sheet.hiddenRows = shiftSet(sheet.hiddenRows, at, delta);
  sheet.merges = sheet.merges.map((m) => shiftRect(m, at, delta)).filter((m): m is Rect => m !== null);
  if (sheet.autoFilter) {
    const rect = shiftRect(sheet.autoFilter.rect, at, delta);
    const hidRows = shiftSet(sheet.autoFilter.hidRows, at, delta);
    sheet.autoFilter = rect ? { ...sheet.autoFilter, rect, hidRows } : null;
  }
  for (const n of model.names.values()) {
    if (n.sheet === sheet && n.rect) n.rect = shiftRect(n.rect, at, delta); // null shows as #REF!
  }
}
