// A sheet's cell values, as Excel answered them chunk by chunk, made into the text table the core
// checks. The task pane reads the chunks and hands them to its engine (a Web Worker where there is
// one), which makes the text there: the pane's thread never converts or copies the whole table.
import type { DateSystem } from "../dates";
import { resolveHeaderRow } from "../header";
import type { Table } from "../types";
import { cellText } from "./cellText";

/** Records as one read request answered them: their values and number formats, row by row. */
export interface RawChunk {
  values: unknown[][];
  formats: unknown[][];
}

/** Zero-based positions of the columns the checker reads as dates. */
export function dateColumns(header: readonly string[]): number[] {
  const cols: number[] = [];
  resolveHeaderRow(header).forEach((c, i) => {
    if (c?.descriptor.type.kind === "date") cols.push(i);
  });
  return cols;
}

/** Cells that were written as Text (the kept original of an opened file), as text. */
export function plainTable(chunks: readonly RawChunk[]): Table {
  const rows: string[][] = [];
  for (const { values } of chunks)
    for (const row of values) rows.push(row.map((v) => (v === null || v === undefined ? "" : String(v))));
  return { rows };
}

/** The header (already text) and the records' chunks in sheet order; a blank sheet is no table at all. */
export function sheetTable(header: string[], chunks: readonly RawChunk[], dateSystem: DateSystem): Table {
  const isDate = header.map(() => false);
  for (const col of dateColumns(header)) isDate[col] = true;
  const rows: string[][] = [header];
  for (const { values, formats } of chunks)
    values.forEach((row, r) =>
      rows.push(row.map((v, i) => cellText(v, isDate[i], dateSystem, formats[r]?.[i]))),
    );
  if (rows.length === 1 && header.every((h) => h.trim() === "")) return { rows: [] };
  return { rows };
}
