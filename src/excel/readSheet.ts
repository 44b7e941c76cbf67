// Reads a sheet's used range for the core: one request for the shape and the header, then the
// records (values and number formats) in chunks sized by cells, with progress and cancel between
// chunks; a chunk Excel refuses is read again in halves (readRetry.ts). readSheetChunks hands each
// chunk on as it arrives (Check and Save post them to the engine's worker); readSheet makes the
// text table here.
import type { DateSystem } from "../core/dates";
import type { Table } from "../core/types";
import type { RunControl } from "../taskpane/ports";
import { throwIfCancelled } from "./cancel";
import { cellText } from "../core/cells/cellText";
import { sheetTable, type RawChunk } from "../core/cells/sheetText";
import { firstChunkCells, nextChunkCells, rowsForCells } from "./chunking";
import { dateColumns } from "./columns";
import { detectDateSystem, type DateSample } from "./dateSystem";
import { retryCells } from "./readRetry";
import { gridJsonBytes } from "./requestSize";
import { assertNoMergedHeader, queueLayout, type SheetLayout } from "./sheetLayout";

/** What a read tells besides the records' chunks. */
export interface SheetFrame {
  sheetName: string;
  /** Sheet position of the header's first cell (zero-based). */
  origin: { row: number; col: number };
  /** The header row as text. */
  header: string[];
  dateSystem: DateSystem;
  /** Hidden rows/columns and filter state; every record was read whatever is hidden. */
  layout: SheetLayout;
}

export interface SheetRead extends Omit<SheetFrame, "header"> {
  /** Header and records as text (rows[0] is the header; no rows for a blank sheet). */
  table: Table;
}

/** What the first request told: where the table is, its header and how many records follow. */
export interface SheetShape {
  origin: { row: number; col: number };
  header: string[];
  recordRows: number;
}

export interface ReadHooks {
  /** Queues extra loads that ride on the first chunk's request (after the shape is known). */
  afterShape?: (shape: SheetShape) => void;
}

const DATE_SAMPLES_WANTED = 20;

/** The sheet as a text table (see readSheetChunks for the requests). */
export async function readSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  control: RunControl = {},
  hooks: ReadHooks = {},
): Promise<SheetRead> {
  const chunks: RawChunk[] = [];
  const { header, ...frame } = await readSheetChunks(context, sheet, control, hooks, (c) => {
    chunks.push(c);
  });
  return { ...frame, table: sheetTable(header, chunks, frame.dateSystem) };
}

/**
 * Requests: 1 (name, used range, header, layout) + one per chunk. Everything the caller queued
 * on the context before calling rides on the first request. Hidden and filtered rows are read like
 * the others (Partner Center uploads every row); merged header cells stop the read with
 * MergedHeaderError before anything else is read.
 */
export async function readSheetChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  control: RunControl,
  hooks: ReadHooks,
  /** Awaited before the next chunk is asked for. */
  onChunk: (chunk: RawChunk) => void | Promise<void>,
): Promise<SheetFrame> {
  sheet.load("name");
  // valuesOnly: cells that only carry formatting (our "@" rows down to 5,001) are not records.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const headerRange = used.getRow(0);
  headerRange.load("values");
  const readLayout = queueLayout(sheet, used, headerRange);
  await context.sync();
  throwIfCancelled(control.signal);
  const layout = readLayout();
  assertNoMergedHeader(layout);

  const columnCount = used.columnCount;
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const header = (headerRange.values[0] ?? []).map((v) => cellText(v, false, 1900));
  const dateCols = dateColumns(header);
  const recordRows = used.rowCount - 1;
  const samples: DateSample[] = [];
  const shape: SheetShape = { origin, header, recordRows };
  hooks.afterShape?.(shape);
  let shapeLoadsPending = true;

  let cells = firstChunkCells();
  /** After a refusal, no chunk grows back past what was asked for next. */
  let ceiling = Infinity;
  control.onProgress?.({ done: 0, total: recordRows });
  for (let start = 1; start <= recordRows;) {
    throwIfCancelled(control.signal);
    const rows = Math.min(rowsForCells(cells, columnCount), recordRows - start + 1);
    const chunk = sheet.getRangeByIndexes(origin.row + start, origin.col, rows, columnCount);
    // Formats ride on the same request: a format can change what a number means (40% is 0.4).
    chunk.load("values,numberFormat");
    // The displayed text of date cells tells the workbook's date system (see dateSystem.ts).
    const dateTexts = samples.length < DATE_SAMPLES_WANTED ? dateCols.map((c) => chunk.getColumn(c)) : [];
    dateTexts.forEach((r) => r.load("text"));
    try {
      // One request per chunk is the point of chunking: each response must stay under the payload cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      cells = ceiling = retryCells(error, {
        rows,
        columns: columnCount,
        firstSheetRow: origin.row + start + 1,
      });
      // What rode on the failed request is asked for again with the smaller chunk.
      if (shapeLoadsPending) hooks.afterShape?.(shape);
      continue;
    }
    shapeLoadsPending = false;
    const values = chunk.values;
    const numberFormats: unknown[][] = chunk.numberFormat;
    await onChunk({ values, formats: numberFormats });
    dateTexts.forEach((range, i) => collectSamples(values, dateCols[i], range.text, samples));
    start += rows;
    const bytes = gridJsonBytes(values) + gridJsonBytes(numberFormats);
    cells = Math.min(ceiling, nextChunkCells(rows * columnCount, bytes));
    control.onProgress?.({ done: start - 1, total: recordRows });
  }
  // Loads queued by afterShape still need a request when there were no records to read.
  if (recordRows <= 0 && hooks.afterShape) await context.sync();
  throwIfCancelled(control.signal);

  return { sheetName: sheet.name, origin, header, dateSystem: detectDateSystem(samples), layout };
}

function collectSamples(values: unknown[][], col: number, texts: string[][], into: DateSample[]): void {
  for (let r = 0; r < values.length && into.length < DATE_SAMPLES_WANTED; r++) {
    const serial = values[r][col];
    if (typeof serial === "number") into.push({ serial, text: String(texts[r]?.[0] ?? "") });
  }
}
