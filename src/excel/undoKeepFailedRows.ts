// Undo of "Keep only failed rows": the accepted rows go back to where they were, from the sheet
// they were moved to, which is then deleted. Two requests: check that neither sheet changed shape
// since (else nothing is touched), then insert, copy back and delete, in that order, so a failed
// copy stops the batch before the copies are deleted.
import type { KeepFailedStep } from "./snapshotStore";

export interface KeepFailedUndo {
  /** Rows moved back; 0 when a sheet changed since and nothing was done. */
  rowsBack: number;
}

export async function undoKeepFailedRows(step: KeepFailedStep): Promise<KeepFailedUndo> {
  const moved = step.runs.reduce((sum, [, count]) => sum + count, 0);
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(step.sheetName);
    const target = context.workbook.worksheets.getItemOrNullObject(step.movedTo);
    const keptUsed = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    const movedUsed = target.getUsedRangeOrNullObject(true).load("rowCount,columnCount");
    await context.sync();
    const unchanged =
      !sheet.isNullObject &&
      !target.isNullObject &&
      !movedUsed.isNullObject &&
      movedUsed.rowCount === moved + 1 &&
      (keptUsed.isNullObject ? 0 : keptUsed.rowIndex + keptUsed.rowCount) === step.valuesEnd;
    if (!unchanged) return { rowsBack: 0 };
    // Ascending: each run goes back to its old index once the runs above it are back.
    for (const [first, count] of step.runs)
      sheet
        .getRangeByIndexes(step.top + first, step.left, count, step.width)
        .insert(Excel.InsertShiftDirection.down);
    let next = 1;
    for (const [first, count] of step.runs) {
      sheet
        .getRangeByIndexes(step.top + first, step.left, count, step.width)
        .copyFrom(target.getRangeByIndexes(next, 0, count, step.width), Excel.RangeCopyType.all);
      next += count;
    }
    target.delete();
    await context.sync();
    return { rowsBack: moved };
  });
}
