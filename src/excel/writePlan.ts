// How to write a table into a sheet in requests that stay within Excel's limits: at most
// 100,000 cells and a few MB of JSON per request (Excel on the web refuses over 5 MB). Rows go
// together while they fit; a single row too heavy for one request is written in column pieces.
import { MAX_CELLS_PER_REQUEST, TARGET_BYTES_PER_REQUEST } from "./chunking";

/** A block of the table (zero-based, in table coordinates). */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Excel's own limits on what a sheet can hold. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** JSON size of a string cell in UTF-8: quotes and comma, escapes counted at their longest. */
export function cellBytes(text: string): number {
  let bytes = 3;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}

export function planBlocks(
  rows: readonly (readonly string[])[],
  width: number,
  limits: { cells?: number; bytes?: number } = {},
): Block[] {
  const maxCells = limits.cells ?? MAX_CELLS_PER_REQUEST;
  const maxBytes = limits.bytes ?? TARGET_BYTES_PER_REQUEST;
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end > start) blocks.push({ row: start, col: 0, rows: end - start, cols: width });
    start = end;
    bytes = 0;
  };
  for (let r = 0; r < rows.length; r++) {
    let rowBytes = 2 + width * 3; // brackets, and "" plus comma per padded cell
    for (const cell of rows[r]) rowBytes += cellBytes(cell);
    if (rowBytes > maxBytes || width > maxCells) {
      flush(r);
      splitRow(rows[r], r, width, maxCells, maxBytes, blocks);
      start = r + 1;
      continue;
    }
    if (bytes + rowBytes > maxBytes || (r - start + 1) * width > maxCells) flush(r);
    bytes += rowBytes;
  }
  flush(rows.length);
  return blocks;
}

function splitRow(
  row: readonly string[],
  r: number,
  width: number,
  maxCells: number,
  maxBytes: number,
  into: Block[],
): void {
  let col = 0;
  let bytes = 0;
  for (let c = 0; c < width; c++) {
    const b = cellBytes(row[c] ?? "");
    if (c > col && (bytes + b > maxBytes || c - col >= maxCells)) {
      into.push({ row: r, col, rows: 1, cols: c - col });
      col = c;
      bytes = 0;
    }
    bytes += b;
  }
  into.push({ row: r, col, rows: 1, cols: width - col });
}

/** The block's cells, padded with "" where a row is shorter than the table. */
export function blockValues(rows: readonly (readonly string[])[], block: Block): string[][] {
  const out: string[][] = [];
  for (let r = block.row; r < block.row + block.rows; r++) {
    const line: string[] = new Array<string>(block.cols);
    for (let c = 0; c < block.cols; c++) line[c] = rows[r][block.col + c] ?? "";
    out.push(line);
  }
  return out;
}
