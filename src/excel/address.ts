// A1 address helpers for the Excel layer: sheet-qualified addresses, parsing finding cells, and
// packing many cells into the fewest address strings Excel accepts (8,192 characters each).
import { columnLetters } from "../core/findings";

export { columnLetters };

/** Excel refuses an address string longer than this (RangeAreas, getRanges). */
export const MAX_ADDRESS_CHARS = 8192;

export interface CellRef {
  row: number; // zero-based sheet row
  col: number; // zero-based sheet column
}

/** "Sheet1" stays bare; anything else is quoted, with ' doubled, as Excel writes it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function rectA1(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const first = cellA1(row, col, absolute);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${cellA1(row + rows - 1, col + cols - 1, absolute)}`;
}

/** "C5" → {row: 4, col: 2}; null for anything that is not a single cell. */
export function parseCell(address: string): CellRef | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(local.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Merges cells into vertical runs per column ("C2:C40"), the shape findings usually take
 * (a whole column with the same problem), so a union needs few characters.
 */
export function cellsToAreas(cells: readonly CellRef[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const areas: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const row of rows.slice(1).concat(Number.NaN)) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      areas.push(rectA1(start, col, prev - start + 1, 1));
      start = row;
      prev = row;
    }
  }
  return areas;
}

/** Joins areas with "," into strings of at most `limit` characters (never splitting an area). */
export function batchAreas(areas: readonly string[], limit = MAX_ADDRESS_CHARS): string[] {
  const batches: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current && current.length + 1 + area.length > limit) {
      batches.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) batches.push(current);
  return batches;
}
