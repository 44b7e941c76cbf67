// The file as opened, kept in the workbook on a hidden sheet so that Check can report edits that
// Partner Center would ignore (RULES.md "Edits against the downloaded file"), across sessions.
// Layout: row 1 says what the sheet is and which sheet it belongs to; the file's table starts on
// row 3, every cell Text.
import type { RunControl } from "../taskpane/ports";
import { throwIfCancelled } from "./cancel";
import { firstChunkCells, nextChunkCells, rowsForCells } from "./chunking";
import { retryCells } from "./readRetry";
import { gridJsonBytes } from "./requestSize";
import { MAX_SHEET_NAME } from "./sheetNames";

export const ORIGINAL_PREFIX = "CoSell original - ";
export const ORIGINAL_MARKER = "CoSell original of sheet";
/** Sheet row (zero-based) where the kept table starts. */
export const ORIGINAL_TABLE_ROW = 2;
const META_COLUMNS = 5;

export interface OriginalMeta {
  sheetName: string;
  sheetId: string;
  fileName: string;
}

/** "CoSell original - <sheet>", cut to Excel's 31 characters; uniqueness is the caller's. */
export function originalSheetBase(sheetName: string): string {
  return (ORIGINAL_PREFIX + sheetName).slice(0, MAX_SHEET_NAME).replace(/'+$/, "");
}

export function metaRow(meta: OriginalMeta): string[] {
  return [
    ORIGINAL_MARKER,
    meta.sheetName,
    meta.sheetId,
    meta.fileName,
    "Kept by Co-sell Upload Checker: Check compares the sheet with this file as it was opened " +
      "(edits Partner Center would ignore). Delete this sheet to stop that.",
  ];
}

function parseMeta(row: readonly unknown[] | undefined): OriginalMeta | null {
  if (!row || row[0] !== ORIGINAL_MARKER) return null;
  const text = (i: number) => (typeof row[i] === "string" ? (row[i] as string) : "");
  return { sheetName: text(1), sheetId: text(2), fileName: text(3) };
}

/**
 * Queues what finding a sheet's original needs. Call before the first sync; after it, call the
 * returned `afterFirstSync` (queues the candidates' first rows, riding on the next request), and
 * after that sync `match()` gives the original sheet of the checked sheet, or null.
 */
export function queueOriginalLookup(context: Excel.RequestContext, sheet: Excel.Worksheet) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  sheet.load("id");
  let candidates: { sheet: Excel.Worksheet; head: Excel.Range }[] = [];
  return {
    afterFirstSync(): void {
      candidates = sheets.items
        .filter((s) => s.name.startsWith(ORIGINAL_PREFIX))
        .map((s) => {
          const head = s.getRangeByIndexes(0, 0, 1, META_COLUMNS);
          head.load("values");
          return { sheet: s, head };
        });
    },
    match(sheetName: string): Excel.Worksheet | null {
      const metas = candidates.map((c) => ({ sheet: c.sheet, meta: parseMeta(c.head.values[0]) }));
      // The id survives renaming the sheet; the name is the fallback (ids differ after a copy).
      const byId = metas.find((m) => m.meta !== null && m.meta.sheetId === sheet.id);
      const byName = metas.find((m) => m.meta !== null && m.meta.sheetName === sheetName);
      return (byId ?? byName)?.sheet ?? null;
    },
  };
}

/**
 * Reads the kept table: 1 request for its size, then one per chunk, each handed to `onChunk` as
 * it arrives (its text is plainText's: cells were written as Text).
 */
export async function readOriginal(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  control: RunControl,
  onChunk: (values: unknown[][]) => Promise<void>,
): Promise<void> {
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,rowCount,columnCount");
  await context.sync();
  const last = used.rowIndex + used.rowCount; // one past the last used row
  const columns = used.columnCount;
  let cells = firstChunkCells();
  let ceiling = Infinity; // after a refusal, chunks do not grow back past the retried size
  for (let start = ORIGINAL_TABLE_ROW; start < last;) {
    throwIfCancelled(control.signal);
    const count = Math.min(rowsForCells(cells, columns), last - start);
    const chunk = sheet.getRangeByIndexes(start, 0, count, columns);
    chunk.load("values");
    try {
      // One request per chunk keeps each response under the payload cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      cells = ceiling = retryCells(error, { rows: count, columns, firstSheetRow: start + 1 });
      continue;
    }
    await onChunk(chunk.values);
    start += count;
    cells = Math.min(ceiling, nextChunkCells(count * columns, gridJsonBytes(chunk.values)));
  }
}
