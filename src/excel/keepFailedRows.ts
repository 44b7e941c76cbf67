// keepFailedRows(): after a Partner Center upload, move the rows it accepted (empty Errors cell)
// to a new sheet so only the failed rows remain for the next upload. Rows are copied first and
// deleted only after the copy request succeeded: data is never deleted without a copy.
// Requests: 1 + one per chunk (read), 1 (new sheet + copies), 1 (deletions), the copies and the
// deletions split further by their size in bytes. A filtered sheet is refused (FilterActiveError)
// before anything is written, and so is one where a table or merged area would be cut by the
// deletions (DeleteBlockedError): Excel refuses those deletes, and a refusal part-way would leave
// the sheet half-done. Tables cost one more request (their ranges), only when the sheet has some.
import { readSheet } from "./readSheet";
import { uniqueSheetName } from "./sheetNames";
import { splitProcessedRows } from "../core/processed/processedFile";
import { FilterActiveError, supports } from "./sheetLayout";
import { DeleteBlockedError, areaA1, deleteBlocker, parseAreas, type TableArea } from "./deleteBlockers";
import type { KeepFailedStep } from "./snapshotStore";
import { removeSheets } from "./removeSheets";
import { rollBackDeletions } from "./keepFailedRollback";
import { ACTION_BYTES, PATH_BYTES, REQUEST_BUDGET_BYTES, splitByBytes } from "./requestSize";

export const SUCCEEDED_SHEET_NAME = "Succeeded rows";

/** On the wire: two ranges by indexes and a copyFrom (875 bytes measured). */
const COPY_BYTES = 2 * (PATH_BYTES + 20) + ACTION_BYTES + 60;
/** A range by indexes and a delete. */
const DELETE_BYTES = PATH_BYTES + 20 + ACTION_BYTES + 10;

/** Consecutive table rows as [first, count] runs. */
export function runsOf(rows: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}

export class NoErrorsColumnError extends Error {
  readonly code = "NoErrorsColumn";
  constructor() {
    super("This sheet has no Errors column: it is not a file processed by Partner Center.");
    this.name = "NoErrorsColumnError";
  }
}

export async function keepFailedRows(budget = REQUEST_BUDGET_BYTES): Promise<{
  kept: number;
  moved: number;
  movedTo: string;
  sheetName: string;
  /** How to put the moved rows back; null when nothing moved. */
  undo: KeepFailedStep | null;
}> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const sheet = sheets.getActiveWorksheet();
    // Ride on the read's first request: the sheet's tables, and its merged areas where the host
    // can tell (ExcelApi 1.13; before that a merged area is only found when Excel refuses).
    const tables = sheet.tables.load("items/name");
    const merged = supports("1.13") ? sheet.getRange().getMergedAreasOrNullObject().load("address") : null;
    const read = await readSheet(context, sheet);
    // Deleting rows under a filter can delete only the visible ones or shift hidden rows out of
    // place: refuse before the copy sheet is even created.
    if (read.layout.filtered) throw new FilterActiveError();
    const split = splitProcessedRows(read.table);
    if (!split) throw new NoErrorsColumnError();
    const { succeeded, failed } = split;
    if (succeeded.length === 0)
      return { kept: failed.length, moved: 0, movedTo: "", sheetName: read.sheetName, undo: null };

    const width = read.table.rows[0].length;
    const { row: top, col: left } = read.origin;
    const runs = runsOf(succeeded);
    await assertDeletable(context, tables, merged, runs, { top, left, width });
    const targetName = uniqueSheetName(
      SUCCEEDED_SHEET_NAME,
      sheets.items.map((s) => s.name),
    );
    const target = sheets.add(targetName);
    target.load("name");
    const copy = (fromRow: number, count: number, toRow: number) =>
      target
        .getRangeByIndexes(toRow, 0, count, width)
        .copyFrom(sheet.getRangeByIndexes(top + fromRow, left, count, width), Excel.RangeCopyType.all);
    copy(0, 1, 0);
    // Every run is two object paths and a copy on the wire: thousands of scattered accepted rows
    // go in several requests, each well under Excel on the web's 5 MB.
    try {
      let next = 1;
      for (const group of splitByBytes(runs, () => COPY_BYTES, budget)) {
        for (const [first, count] of group) {
          copy(first, count, next);
          next += count;
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    } catch (error) {
      // Nothing was deleted: take the half-filled copy away again, the sheet is as it was.
      await removeSheets(context, [targetName]);
      throw error;
    }

    // Bottom-up, so earlier deletions do not shift the rows still to delete. Only the table's
    // columns shift up; cells beside the table stay where they are. Every row is copied already.
    const order = [...runs].reverse();
    const deletions = splitByBytes(order, () => DELETE_BYTES, budget);
    let after: Excel.Range | null = null;
    let done = 0;
    let current = 0;
    try {
      for (const [index, group] of deletions.entries()) {
        for (const [first, count] of group)
          sheet.getRangeByIndexes(top + first, left, count, width).delete(Excel.DeleteShiftDirection.up);
        // Where the sheet's values end once the last rows are gone, read in that same request: an
        // undo checks it is unchanged before it puts rows back.
        if (index === deletions.length - 1)
          after = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
        current = group.length;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        done += group.length;
      }
    } catch (error) {
      // Never half-done: the rows deleted before Excel refused go back, the copy sheet goes.
      const copyRow = new Map<number, number>();
      let next = 1;
      for (const [first, count] of runs) {
        copyRow.set(first, next);
        next += count;
      }
      await rollBackDeletions(context, sheet, {
        before: read.table,
        order,
        done,
        inFailed: current,
        top,
        left,
        width,
        copySheet: targetName,
        copyRow,
      });
      throw error;
    }
    const ended = after as Excel.Range | null;
    const undo: KeepFailedStep = {
      kind: "keepFailed",
      sheetName: read.sheetName,
      movedTo: target.name,
      top,
      left,
      width,
      runs,
      valuesEnd: !ended || ended.isNullObject ? 0 : ended.rowIndex + ended.rowCount,
    };
    return {
      kept: failed.length,
      moved: succeeded.length,
      movedTo: target.name,
      sheetName: read.sheetName,
      undo,
    };
  });
}

/** Refuses, before anything is written, deletions Excel would refuse part-way (deleteBlockers.ts). */
async function assertDeletable(
  context: Excel.RequestContext,
  tables: Excel.TableCollection,
  merged: Excel.RangeAreas | null,
  runs: Array<[number, number]>,
  at: { top: number; left: number; width: number },
): Promise<void> {
  // Loaded again here: the read's own load of the tables (their filters) replaces the items.
  tables.items.forEach((t) => t.load("showHeaders"));
  const ranges = tables.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  if (ranges.length > 0) await context.sync();
  const tableAreas: TableArea[] = ranges.map((r, i) => ({
    row: r.rowIndex,
    col: r.columnIndex,
    rows: r.rowCount,
    cols: r.columnCount,
    showHeaders: tables.items[i].showHeaders,
  }));
  const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
  for (const [first, count] of runs) {
    const deleted = { row: at.top + first, col: at.left, rows: count, cols: at.width };
    const blocker = deleteBlocker(deleted, tableAreas, merges);
    if (blocker) throw new DeleteBlockedError(areaA1(blocker.area));
  }
}
