// check(): read the active sheet and run the core (which includes Partner Center's own errors), in
// one Excel.run that changes nothing: 1 request for the shape (plus the lists sheet), one per
// chunk (plus 1 + chunks for the kept original of an opened file). The marks are a separate, best-effort run (marks.ts), so highlighting can never block a
// check or a save.
import type { LiveCheck } from "../core/live/recheck";
import { attachLive } from "../core/live/transfer";
import type { CheckOptions, DateOrder } from "../core/types";
import type { CheckOutcome, RunControl } from "../taskpane/ports";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { readSheet } from "./readSheet";
import { loadDateOrderHint } from "./locale";
import { queueOriginalLookup, readOriginal } from "./originalSheet";
import { directEngine, type Engine } from "./engine";
import { queueDropdownsMissing } from "./dropdownsMissing";

export async function checkActiveSheet(
  options: { dateOrder: DateOrder },
  control: RunControl = {},
  engine: Engine = directEngine,
): Promise<CheckOutcome> {
  return (await checkSheet(null, options, control, false, engine)).outcome;
}

/** A check that can be followed by live re-checks: the core's incremental state and the sheet's id. */
export interface LiveStart {
  outcome: CheckOutcome;
  /** Null when the caller did not ask to keep it. */
  live: LiveCheck | null;
  sheetId: string;
}

/**
 * Checks the sheet with the given id (null: the active sheet). `keep` keeps the core's
 * incremental state (startLiveCheck, the same result as checkTable) for live re-checks. The rules
 * run in `engine` (a Web Worker in the task pane) after the reads, where Cancel stops them.
 */
export async function checkSheet(
  sheetId: string | null,
  options: { dateOrder: DateOrder },
  control: RunControl = {},
  keep = true,
  engine: Engine = directEngine,
): Promise<LiveStart> {
  const {
    read,
    checkOptions,
    missing,
    sheetId: id,
  } = await Excel.run(async (context) => {
    const sheet =
      sheetId === null
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheetId);
    sheet.load("id");
    const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    const hint = loadDateOrderHint(context);
    const listsRange: { range: Excel.Range | null } = { range: null };
    // The file as opened (Open CSV), if this sheet has one: found on the requests below; read in
    // its own requests only when it exists.
    const lookup = queueOriginalLookup(context, sheet);
    // Rides on the first chunk's request: it needs the answers of the first one.
    let dropdownsMissing = (): string[] => [];
    const read = await readSheet(context, sheet, control, {
      afterShape: (shape) => {
        listsRange.range = queueListsRange(listsSheet);
        lookup.afterFirstSync();
        dropdownsMissing = queueDropdownsMissing(sheet, shape);
      },
    });
    const missing = dropdownsMissing();
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
    return { read, checkOptions, missing, sheetId: sheet.id };
  });
  const answer = await engine.run(
    { kind: "check", table: read.table, options: checkOptions, keep },
    control.signal,
  );
  const result = answer.result;
  const live = answer.live ? attachLive(read.table, checkOptions, answer.live) : null;
  const outcome: CheckOutcome = {
    sheet: {
      sheetName: read.sheetName,
      table: read.table,
      origin: read.origin,
      dateSystem: read.dateSystem,
      ...(read.layout.hiddenRows > 0 ? { hiddenRows: read.layout.hiddenRows } : {}),
      ...(read.layout.hiddenColumns > 0 ? { hiddenColumns: read.layout.hiddenColumns } : {}),
      ...(read.layout.filtered ? { filtered: true } : {}),
      ...(missing.length > 0 ? { dropdownsMissing: missing } : {}),
    },
    result,
  };
  return {
    outcome,
    live: live ?? { table: read.table, options: checkOptions, result, changedRows: null, tracked: null },
    sheetId: id,
  };
}
