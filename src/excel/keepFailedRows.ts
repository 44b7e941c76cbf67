// keepFailedRows(): after a Partner Center upload, move the rows it accepted (empty Errors cell)
// to a new sheet so only the failed rows remain for the next upload. Rows are copied first and
// deleted only after the copy request succeeded: data is never deleted without a copy.
// Requests: 1 + one per chunk (read), 1 (new sheet + copies), 1 (deletions). A filtered sheet is
// refused (FilterActiveError) before anything is written.
import { readSheet } from "./readSheet";
import { uniqueSheetName } from "./sheetNames";
import { splitProcessedRows } from "../core/processed/processedFile";
import { FilterActiveError } from "./sheetLayout";
import type { KeepFailedStep } from "./snapshotStore";

export const SUCCEEDED_SHEET_NAME = "Succeeded rows";

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

export async function keepFailedRows(): Promise<{
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
    const target = sheets.add(
      uniqueSheetName(
        SUCCEEDED_SHEET_NAME,
        sheets.items.map((s) => s.name),
      ),
    );
    target.load("name");
    const copy = (fromRow: number, count: number, toRow: number) =>
      target
        .getRangeByIndexes(toRow, 0, count, width)
        .copyFrom(sheet.getRangeByIndexes(top + fromRow, left, count, width), Excel.RangeCopyType.all);
    copy(0, 1, 0);
    let next = 1;
    const runs = runsOf(succeeded);
    for (const [first, count] of runs) {
      copy(first, count, next);
      next += count;
    }
    await context.sync();

    // Bottom-up, so earlier deletions do not shift the rows still to delete. Only the table's
    // columns shift up; cells beside the table stay where they are.
    for (const [first, count] of [...runs].reverse()) {
      sheet.getRangeByIndexes(top + first, left, count, width).delete(Excel.DeleteShiftDirection.up);
    }
    // Where the sheet's values end now, read in the same request: an undo checks it is unchanged.
    const after = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    await context.sync();
    const undo: KeepFailedStep = {
      kind: "keepFailed",
      sheetName: read.sheetName,
      movedTo: target.name,
      top,
      left,
      width,
      runs,
      valuesEnd: after.isNullObject ? 0 : after.rowIndex + after.rowCount,
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
