// Inserting or deleting whole rows moves more than cells: row formats, conditional formats,
// names and tables on that sheet follow, as in Excel.
import { MAX_ROWS, type Rect } from "./address";
import type { SheetModel, WorkbookModel } from "./model";

/** Where row boundary x ends up after inserting (delta > 0) or deleting (delta < 0) rows at `at`. */
function moveBoundary(x: number, at: number, delta: number, isEnd: boolean): number {
  if (delta > 0) return (isEnd ? x > at : x >= at) ? Math.min(MAX_ROWS, x + delta) : x;
  const n = -delta;
  if (x <= at) return x;
  return x >= at + n ? x - n : at;
}

export function shiftRect(r: Rect, at: number, delta: number): Rect | null {
  const start = moveBoundary(r.row, at, delta, false);
  const end = moveBoundary(r.row + r.rows, at, delta, true);
  return end > start ? { ...r, row: start, rows: end - start } : null;
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

export function shiftRows(model: WorkbookModel, sheet: SheetModel, at: number, delta: number): void {
  sheet.rowFormats = shiftMap(sheet.rowFormats, at, delta);
  sheet.rowHeights = shiftMap(sheet.rowHeights, at, delta);
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges.map((r) => shiftRect(r, at, delta)).filter((r): r is Rect => r !== null);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  for (const t of sheet.tables) t.rect = shiftRect(t.rect, at, delta) ?? t.rect;
  for (const n of model.names.values()) {
    if (n.sheet === sheet && n.rect) n.rect = shiftRect(n.rect, at, delta); // null shows as #REF!
  }
}
