// Undo of "Keep only failed rows": the accepted rows go back to where they were, from the sheet
// they were moved to, which is then deleted. One request checks that neither sheet changed shape
// since (else nothing is touched); then inserts and copies back, and the copy sheet's deletion last.
import type { KeepFailedStep } from "./snapshotStore";
import { ACTION_BYTES, PATH_BYTES, REQUEST_BUDGET_BYTES, splitByBytes } from "./requestSize";

/** One run on the wire: two ranges by index, an insert and a copy (the same sizes Keep uses). */
const RUN_BYTES = 4 * PATH_BYTES + 2 * ACTION_BYTES + 200;

export interface KeepFailedUndo {
  /** Rows moved back; 0 when a sheet changed since and nothing was done. */
  rowsBack: number;
}

export async function undoKeepFailedRows(
  step: KeepFailedStep,
  budget = REQUEST_BUDGET_BYTES,
): Promise<KeepFailedUndo> {
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
    // Ascending, each run inserted then filled: it goes back to its old index once the runs above
    // it are back. Requests sized by bytes; the copy sheet is deleted only in the last one, after
    // every copy succeeded, so a failure part-way loses nothing.
    const groups = splitByBytes(step.runs, () => RUN_BYTES, budget);
    let next = 1;
    for (const [index, group] of groups.entries()) {
      for (const [first, count] of group) {
        const back = sheet.getRangeByIndexes(step.top + first, step.left, count, step.width);
        back.insert(Excel.InsertShiftDirection.down);
        back.copyFrom(target.getRangeByIndexes(next, 0, count, step.width), Excel.RangeCopyType.all);
        next += count;
      }
      if (index === groups.length - 1) target.delete();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return { rowsBack: moved };
  });
}
