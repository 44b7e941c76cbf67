// Which rows of the checked table a worksheet change touched, from the event alone (no request):
// an edit inside the table's columns below its header maps to table rows; anything else (rows or
// cells inserted or deleted, the header row, cells left or right of the table, whole columns or
// rows) cannot be mapped and asks for a whole check.

/** Zero-based sheet rectangle. */
export interface SheetRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "B2", "A2:C9", "5:6" (whole rows), "C:D" (whole columns), with or without $ and a sheet name. */
export function parseRect(address: string): SheetRect | null {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim();
  const [a, b = a] = local.split(":");
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    const [r1, r2] = [Number(ca[2]) - 1, Number(cb[2]) - 1];
    const [c1, c2] = [columnIndex(ca[1]), columnIndex(cb[1])];
    return {
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
    };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const [r1, r2] = [Number(a) - 1, Number(b) - 1];
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const [c1, c2] = [columnIndex(a), columnIndex(b)];
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  return null;
}

/** Where the checked table sits: its header row's sheet position and its width. */
export interface TableFrame {
  origin: { row: number; col: number };
  width: number;
}

export interface ChangeLike {
  changeType: string;
  address: string;
}

export type MappedChange =
  /** Table rows (header = 0) whose cells changed, ascending, and how many cells the edits covered. */
  { kind: "rows"; rows: number[]; cells: number } | { kind: "whole"; why: string };

/** The table rows a batch of changes touched, or why only a whole check will do. */
export function mapChanges(changes: readonly ChangeLike[], frame: TableFrame): MappedChange {
  const rows = new Set<number>();
  let cells = 0;
  for (const change of changes) {
    if (change.changeType !== "RangeEdited") return { kind: "whole", why: change.changeType };
    const rect = parseRect(change.address);
    if (!rect) return { kind: "whole", why: `address ${change.address}` };
    if (rect.row <= frame.origin.row) return { kind: "whole", why: "header row or above" };
    if (rect.col < frame.origin.col || rect.col + rect.cols > frame.origin.col + frame.width)
      return { kind: "whole", why: "outside the table's columns" };
    if (rect.rows >= MAX_ROWS - rect.row) return { kind: "whole", why: "whole columns" };
    for (let r = 0; r < rect.rows; r++) rows.add(rect.row + r - frame.origin.row);
    cells += rect.rows * rect.cols;
  }
  return { kind: "rows", rows: [...rows].sort((a, b) => a - b), cells };
}
