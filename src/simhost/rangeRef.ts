// What a Range proxy is bound to, and helpers that walk its cells.
import { cellCount, type Rect } from "./address";
import type { SheetModel } from "./model";

export interface RangeRef {
  sheet: SheetModel;
  /** The range, or the first area of a RangeAreas. */
  rect: Rect;
  /** Set for RangeAreas (sheet.getRanges("A1:A3,C5")). */
  areas?: Rect[];
}

export const areasOf = (t: RangeRef): Rect[] => t.areas ?? [t.rect];

/** uniform() across every area of a Range or RangeAreas. */
export function uniformAreas<V>(t: RangeRef, read: (row: number, col: number) => V): V | null {
  let first: V | null = null;
  let seen = false;
  for (const rect of areasOf(t)) {
    const v = uniform(rect, read);
    if (v === null) return null;
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first && JSON.stringify(v) !== JSON.stringify(first)) {
      return null;
    }
  }
  return first;
}

/** The common value over rect, or null when cells differ (as Excel reports mixed formats). */
export function uniform<V>(rect: Rect, read: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first && (typeof v !== "object" || JSON.stringify(v) !== JSON.stringify(first))) {
        return null;
      }
    }
  }
  return first as V;
}

export function matrix<V>(rect: Rect, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row: V[] = new Array(rect.cols);
    for (let c = 0; c < rect.cols; c++) row[c] = read(rect.row + r, rect.col + c);
    out[r] = row;
  }
  return out;
}

/** Cells a uniform() scan may visit before the host answers "mixed" without looking (whole sheets). */
export const MAX_UNIFORM_SCAN = 20_000_000;
export const scannable = (t: RangeRef): boolean =>
  areasOf(t).reduce((n, r) => n + cellCount(r), 0) <= MAX_UNIFORM_SCAN;
