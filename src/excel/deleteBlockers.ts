// What stops Excel from deleting rows of the data with "shift up": a table or a merged area that
// the shift would cut. Excel refuses such a delete (InsertDeleteConflict: "…attempting to shift
// cells in a table…", "We can't do that to a merged cell."), and a refusal part-way through Keep
// only failed rows would leave some rows deleted and others not, so the add-in asks first.
// Stricter reading: anything in the shifted columns must lie wholly inside them, and the deleted
// rows must take a merged area (or a table's header row) whole or not touch it.
import { parseCell, rectA1 } from "./address";
import { areaList } from "./sheetLayout";

/** Zero-based sheet rectangle. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableArea extends Area {
  showHeaders: boolean;
}

const inside = (start: number, size: number, from: number, count: number): boolean =>
  start >= from && start + size <= from + count;

const overlaps = (a: Area, b: Area): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** The first table or merged area that deleting `deleted` (shift up) would cut, or null. */
export function deleteBlocker(
  deleted: Area,
  tables: readonly TableArea[],
  merges: readonly Area[],
): { kind: "table" | "merged"; area: Area } | null {
  const band: Area = { ...deleted, rows: Number.MAX_SAFE_INTEGER };
  const acrossOk = (a: Area) => inside(a.col, a.cols, deleted.col, deleted.cols);
  const cut = (a: Area) => overlaps(a, deleted) && !inside(a.row, a.rows, deleted.row, deleted.rows);
  for (const t of tables) {
    if (!overlaps(t, band)) continue;
    const headerHit = t.showHeaders && overlaps({ ...t, rows: 1 }, deleted) && cut(t);
    if (!acrossOk(t) || headerHit) return { kind: "table", area: t };
  }
  for (const m of merges) {
    if (overlaps(m, band) && (!acrossOk(m) || cut(m))) return { kind: "merged", area: m };
  }
  return null;
}

export class DeleteBlockedError extends Error {
  readonly code = "DeleteBlocked";
  constructor(readonly area: string) {
    super(`Rows cannot be deleted: ${area} would be cut by the shift.`);
    this.name = "DeleteBlockedError";
  }
}

/** "Sheet1!B5:C6,Sheet1!E9" (getMergedAreasOrNullObject's address) → areas; unparsable parts skipped. */
export function parseAreas(address: string): Area[] {
  return areaList(address).flatMap((a) => {
    const [first, last = first] = a.split(":").map(parseCell);
    if (!first || !last) return [];
    return [
      { row: first.row, col: first.col, rows: last.row - first.row + 1, cols: last.col - first.col + 1 },
    ];
  });
}

export const areaA1 = (a: Area): string => rectA1(a.row, a.col, a.rows, a.cols);
