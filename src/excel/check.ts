// check(): read the active sheet, run the core (which includes Partner Center's own errors), and replace our
// marks with fresh ones, in one Excel.run: 1 request for the shape (plus our old marks and the
// lists sheet), one per chunk, 1 for the marks.
import { checkTable } from "../core/check";
import type { CheckOptions, DateOrder } from "../core/types";
import type { CheckOutcome, RunControl } from "../taskpane/ports";
import { addMarks, deleteMarks, loadCustomRules, loadFormatTypes, type CustomRule } from "./highlight";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { readSheet } from "./readSheet";
import { throwIfCancelled } from "./cancel";
import { loadDateOrderHint } from "./locale";

export async function checkActiveSheet(
  options: { dateOrder: DateOrder },
  control: RunControl = {},
): Promise<CheckOutcome> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const formats = loadFormatTypes(sheet);
    const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    const hint = loadDateOrderHint(context);
    const listsRange: { range: Excel.Range | null } = { range: null };
    let customRules: CustomRule[] = [];
    // Both ride on the first chunk's request: they need the answers of the first one.
    const read = await readSheet(context, sheet, control, {
      afterShape: () => {
        listsRange.range = queueListsRange(listsSheet);
        customRules = loadCustomRules(formats);
      },
    });
    const lists = listsRange.range ? readServiceLists(listsRange.range.values) : null;
    const dateOrderHint = hint();
    const checkOptions: CheckOptions = {
      dateOrder: options.dateOrder,
      dateSystem: read.dateSystem,
      origin: read.origin,
      ...(dateOrderHint ? { dateOrderHint } : {}),
      ...(lists ? { lists } : {}),
    };
    const result = checkTable(read.table, checkOptions);
    // Last chance to cancel before the workbook changes.
    throwIfCancelled(control.signal);
    deleteMarks(customRules);
    addMarks(sheet, result.findings);
    await context.sync();
    return {
      sheet: {
        sheetName: read.sheetName,
        table: read.table,
        origin: read.origin,
        dateSystem: read.dateSystem,
        ...(read.layout.hiddenRows > 0 ? { hiddenRows: read.layout.hiddenRows } : {}),
        ...(read.layout.hiddenColumns > 0 ? { hiddenColumns: read.layout.hiddenColumns } : {}),
        ...(read.layout.filtered ? { filtered: true } : {}),
      },
      result,
    };
  });
}
