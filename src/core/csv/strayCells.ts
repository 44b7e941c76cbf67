// Which cells hold the stray bytes of a mostly-UTF-8 file. PapaParse reports no positions, but it
// only splits the text at ASCII characters (delimiters, quotes, line breaks), so the k-th non-ASCII
// character of the text is the k-th non-ASCII character of the cells read row by row.
import { isTrimmable } from "./lineBreaks";
import type { StrayByte } from "./lenientUtf8";

/** The stray bytes one cell holds (row and col index the parsed table). */
export interface StrayCell {
  row: number;
  col: number;
  bytes: number[];
}

type Counted = (c: number) => boolean;
const nonAscii: Counted = (c) => c >= 0x80;
/** PapaParse drops whitespace between a closing quote and a delimiter; these are never dropped. */
const nonAsciiNotBlank: Counted = (c) => c >= 0x80 && !isTrimmable(c);

function countIn(text: string, counted: Counted): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (counted(text.charCodeAt(i))) n++;
  return n;
}

function countInRows(rows: readonly string[][], counted: Counted): number {
  let n = 0;
  for (const row of rows) for (const cell of row) n += countIn(cell, counted);
  return n;
}

/** Each stray's rank among the counted characters of `text` (strays sorted by offset), or -1. */
function ranks(text: string, strays: readonly StrayByte[], counted: Counted): number[] {
  const out: number[] = [];
  let rank = 0;
  let i = 0;
  for (const stray of strays) {
    for (; i < stray.offset; i++) if (counted(text.charCodeAt(i))) rank++;
    out.push(counted(text.charCodeAt(stray.offset)) ? rank : -1);
  }
  return out;
}

/**
 * The cells holding the strays, one entry per cell. `text` is what PapaParse was given (line
 * breaks aside, which are ASCII) and `strays` carry offsets into it. A stray no cell can be shown
 * to hold (a no-break space PapaParse dropped after a closing quote) is left out.
 */
export function strayCells(
  text: string,
  strays: readonly StrayByte[],
  rows: readonly string[][],
): StrayCell[] {
  if (strays.length === 0) return [];
  const counted = countIn(text, nonAscii) === countInRows(rows, nonAscii) ? nonAscii : nonAsciiNotBlank;
  const wanted = ranks(text, strays, counted);
  const cells: StrayCell[] = [];
  let next = 0;
  while (next < wanted.length && wanted[next] < 0) next++;
  let rank = 0;
  for (let r = 0; r < rows.length && next < wanted.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length && next < wanted.length; c++) {
      const cell = row[c];
      let found: StrayCell | null = null;
      for (let i = 0; i < cell.length && next < wanted.length; i++) {
        if (!counted(cell.charCodeAt(i))) continue;
        if (rank === wanted[next]) {
          if (!found) cells.push((found = { row: r, col: c, bytes: [] }));
          found.bytes.push(strays[next].byte);
          next++;
          while (next < wanted.length && wanted[next] < 0) next++;
        }
        rank++;
      }
    }
  }
  return cells;
}
