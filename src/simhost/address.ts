// A1 addresses <-> zero-based rectangles. Excel's sheet bounds live here too.
// Written apart from the add-in's src/excel/address.ts on purpose: the simulated host stands in for
// Excel, so a mistake in the add-in's address building must not be shared by what checks it.
import { ErrorCodes, SimHostError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based top-left cell plus size in rows and columns. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function isEntireColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isEntireRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLS;
}

/** Address without sheet, as Excel prints it: "A1", "A1:B2", "A:A", "1:3". */
export function rectA1(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumns(r) && !isEntireRows(r)) {
    return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.cols - 1)}`;
  }
  if (isEntireRows(r) && !isEntireColumns(r)) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  const first = cellA1(r.row, r.col, absolute);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

export function fullAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectA1(r, absolute)}`;
}

export interface ParsedAddress {
  sheetName?: string;
  rect: Rect;
}

const invalid = (address: string): SimHostError =>
  new SimHostError(
    ErrorCodes.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. (${address.slice(0, 80)})`,
  );

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet and local part. */
export function splitSheet(address: string): { sheetName?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, local: address.slice(bang + 1) };
}

type Ref = { row?: number; col?: number };

function parseRef(part: string): Ref | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

/** Parses one area ("A1", "A1:B2", "A:C", "2:5"), optionally sheet-qualified. Throws InvalidArgument. */
export function parseAddress(address: string): ParsedAddress {
  const { sheetName, local } = splitSheet(address.trim());
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2 || local.includes(",")) throw invalid(address);
  const a = parseRef(parts[0]);
  const b = parts.length === 2 ? parseRef(parts[1]) : a;
  if (!a || !b) throw invalid(address);
  const hasCol = a.col !== undefined;
  const hasRow = a.row !== undefined;
  if (hasCol !== (b.col !== undefined) || hasRow !== (b.row !== undefined)) throw invalid(address);
  if (!hasRow && parts.length === 1) throw invalid(address); // "A" alone is a name, not a range
  if (!hasCol && parts.length === 1) throw invalid(address);
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLS - 1;
  const rect = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
  assertInBounds(rect);
  return { sheetName, rect };
}

export function looksLikeCellReference(text: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d+$/.test(text) || /^[Rr]\d*[Cc]\d*$/.test(text);
}

export function assertInBounds(r: Rect): void {
  if (
    !Number.isInteger(r.row) ||
    !Number.isInteger(r.col) ||
    !Number.isInteger(r.rows) ||
    !Number.isInteger(r.cols) ||
    r.row < 0 ||
    r.col < 0 ||
    r.rows < 1 ||
    r.cols < 1 ||
    r.row + r.rows > MAX_ROWS ||
    r.col + r.cols > MAX_COLS
  ) {
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      "The argument is invalid or missing or has an incorrect format. (range outside the sheet)",
    );
  }
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

/** a minus b as up to four rectangles (top, bottom, left, right bands). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  const aEnd = a.row + a.rows;
  const iEnd = i.row + i.rows;
  if (aEnd > iEnd) out.push({ row: iEnd, col: a.col, rows: aEnd - iEnd, cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  const aColEnd = a.col + a.cols;
  const iColEnd = i.col + i.cols;
  if (aColEnd > iColEnd) out.push({ row: i.row, col: iColEnd, rows: i.rows, cols: aColEnd - iColEnd });
  return out;
}

export const cellCount = (r: Rect): number => r.rows * r.cols;
