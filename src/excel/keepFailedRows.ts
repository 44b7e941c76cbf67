// keepFailedRows(): after a Partner Center upload, move the rows it accepted (empty Errors cell)
// to a new sheet so only the failed rows remain for the next upload. Rows are copied first and
// deleted only after the copy request succeeded: data is never deleted without a copy.
// Requests: 1 + one per chunk (read), 1 (new sheet + copies), 1 (deletions), the copies and the
// deletions split further by their size in bytes. A filtered sheet is refused (FilterActiveError)
// before anything is written.
import { readSheet } from "./readSheet";
import { uniqueSheetName } from "./sheetNames";
import { splitProcessedRows } from "../core/processed/processedFile";
import { FilterActiveError } from "./sheetLayout";
import type { KeepFailedStep } from "./snapshotStore";
import { removeSheets } from "./removeSheets";
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
    const runs = runsOf(succeeded);
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
    const deletions = splitByBytes([...runs].reverse(), () => DELETE_BYTES, budget);
    let after: Excel.Range | null = null;
    for (const [index, group] of deletions.entries()) {
      for (const [first, count] of group)
        sheet.getRangeByIndexes(top + first, left, count, width).delete(Excel.DeleteShiftDirection.up);
      // Where the sheet's values end once the last rows are gone, read in that same request: an
      // undo checks it is unchanged before it puts rows back.
      if (index === deletions.length - 1)
        after = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
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
