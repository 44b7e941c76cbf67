// check(): read the active sheet and run the core (which includes Partner Center's own errors), in
// one Excel.run that changes nothing: 1 request for the shape (plus the lists sheet), one per
// chunk (plus 1 + chunks for the kept original of an opened file). Each chunk goes to the engine as
// it arrives; the engine makes the text and checks it. The marks are a separate, best-effort run
// (marks.ts), so highlighting can never block a check or a save.
import type { CheckOptions, DateOrder } from "../core/types";
import type { CheckOutcome, RunControl } from "../taskpane/ports";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { readSheetChunks } from "./readSheet";
import { loadDateOrderHint } from "./locale";
import { queueOriginalLookup, readOriginal } from "./originalSheet";
import { directEngine, newReadId, noteChunk, type Engine } from "./engine";
import { queueDropdownsMissing } from "./dropdownsMissing";
import type { SheetShape } from "./readSheet";

export async function checkActiveSheet(
  options: { dateOrder: DateOrder },
  control: RunControl = {},
  engine: Engine = directEngine(),
): Promise<CheckOutcome> {
  return (await checkSheet(null, options, control, false, engine)).outcome;
}

/** The check the engine keeps for live re-checks: its id there, and the header it checked. */
export interface LiveRef {
  id: number;
  header: string[];
}

/** A check that can be followed by live re-checks: the engine's kept check and the sheet's id. */
export interface LiveStart {
  outcome: CheckOutcome;
  /** Null when the caller did not ask to keep it. */
  live: LiveRef | null;
  sheetId: string;
}

/**
 * Checks the sheet with the given id (null: the active sheet). `keep` has the engine keep the
 * core's incremental state (startLiveCheck, the same result as checkTable) for live re-checks. The
 * rules run in `engine` (a Web Worker in the task pane) after the reads, where Cancel stops them.
 */
export async function checkSheet(
  sheetId: string | null,
  options: { dateOrder: DateOrder },
  control: RunControl = {},
  keep = true,
  engine: Engine = directEngine(),
): Promise<LiveStart> {
  const reads = { sheet: newReadId(), original: newReadId() };
  try {
    return await checkRead(reads, sheetId, options, control, keep, engine);
  } finally {
    // Used up by the check, or left by a failed read or a cancelled check.
    engine.note({ kind: "discard", read: reads.sheet });
    engine.note({ kind: "discard", read: reads.original });
  }
}

async function checkRead(
  reads: { sheet: number; original: number },
  sheetId: string | null,
  options: { dateOrder: DateOrder },
  control: RunControl,
  keep: boolean,
  engine: Engine,
): Promise<LiveStart> {
  const {
    read,
    checkOptions,
    hasOriginal,
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
    const hooks = {
      afterShape: (shape: SheetShape) => {
        listsRange.range = queueListsRange(listsSheet);
        lookup.afterFirstSync();
        dropdownsMissing = queueDropdownsMissing(sheet, shape);
      },
    };
    const read = await readSheetChunks(context, sheet, control, hooks, (chunk) =>
      noteChunk(engine, reads.sheet, chunk),
    );
    const missing = dropdownsMissing();
    const originalSheet = lookup.match(read.sheetName);
    if (originalSheet)
      await readOriginal(context, originalSheet, control, (values) =>
        noteChunk(engine, reads.original, { values, formats: [] }),
      );
    const lists = listsRange.range ? readServiceLists(listsRange.range.values) : null;
    const dateOrderHint = hint();
    const checkOptions: CheckOptions = {
      dateOrder: options.dateOrder,
      dateSystem: read.dateSystem,
      origin: read.origin,
      ...(dateOrderHint ? { dateOrderHint } : {}),
      ...(lists ? { lists } : {}),
    };
    return { read, checkOptions, hasOriginal: originalSheet !== null, missing, sheetId: sheet.id };
  });
  const sheet = { read: reads.sheet, header: read.header, dateSystem: read.dateSystem };
  const job = {
    kind: "check",
    sheet,
    ...(hasOriginal ? { original: reads.original } : {}),
    options: checkOptions,
    keep,
  } as const;
  const answer = await engine.run(job, control.signal);
  const result = answer.result;
  const outcome: CheckOutcome = {
    sheet: {
      sheetName: read.sheetName,
      accountSuggestions: answer.accountSuggestions,
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
    live: answer.live === null ? null : { id: answer.live, header: read.header },
    sheetId: id,
  };
}
