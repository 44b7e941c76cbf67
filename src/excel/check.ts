// check(): read the active sheet and run the core (which includes Partner Center's own errors), in
// one Excel.run that changes nothing: 1 request for the shape (plus the lists sheet), one per
// chunk (plus 1 + chunks for the kept original of an opened file). The marks are a separate, best-effort run (marks.ts), so highlighting can never block a
// check or a save.
import { checkTable } from "../core/check";
import type { CheckOptions, DateOrder } from "../core/types";
import type { CheckOutcome, RunControl } from "../taskpane/ports";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { readSheet } from "./readSheet";
import { loadDateOrderHint } from "./locale";
import { queueOriginalLookup, readOriginal } from "./originalSheet";

export async function checkActiveSheet(
  options: { dateOrder: DateOrder },
  control: RunControl = {},
): Promise<CheckOutcome> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    const hint = loadDateOrderHint(context);
    const listsRange: { range: Excel.Range | null } = { range: null };
    // The file as opened (Open CSV), if this sheet has one: found on the requests below; read in
    // its own requests only when it exists.
    const lookup = queueOriginalLookup(context, sheet);
    // Rides on the first chunk's request: it needs the answers of the first one.
    const read = await readSheet(context, sheet, control, {
      afterShape: () => {
        listsRange.range = queueListsRange(listsSheet);
        lookup.afterFirstSync();
      },
    });
    const originalSheet = lookup.match(read.sheetName);
    const original = originalSheet ? await readOriginal(context, originalSheet, control) : null;
    const lists = listsRange.range ? readServiceLists(listsRange.range.values) : null;
    const dateOrderHint = hint();
    const checkOptions: CheckOptions = {
      dateOrder: options.dateOrder,
      dateSystem: read.dateSystem,
      origin: read.origin,
      ...(dateOrderHint ? { dateOrderHint } : {}),
      ...(lists ? { lists } : {}),
      ...(original ? { original } : {}),
    };
    const result = checkTable(read.table, checkOptions);
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
