// buildCsv(): the upload file(s) from the active sheet's values (never the displayed text, which
// follows the user's locale): checked as Check does, then written with every notice's
// normalisation (RULES.md "Saving"). Reads only: 1 request + one per chunk, each chunk handed to
// the engine as it arrives.
import type { CheckOptions, DateOrder } from "../core/types";
import type { CsvFile } from "../taskpane/ports";
import { directEngine, newReadId, noteChunk, type Engine } from "./engine";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { loadDateOrderHint } from "./locale";
import { readSheetChunks } from "./readSheet";

export { csvFileName, tableToCsvFiles } from "../core/save/csvFiles";

/** No files when the sheet has no records: the task pane says so instead of saving an empty file. */
export async function buildCsv(
  options: { split: boolean; bom: boolean; dateOrder: DateOrder },
  engine: Engine = directEngine(),
  signal?: AbortSignal,
): Promise<CsvFile[]> {
  const readId = newReadId();
  try {
    return await build(readId, options, engine, signal);
  } finally {
    engine.note({ kind: "discard", read: readId });
  }
}

async function build(
  readId: number,
  options: { split: boolean; bom: boolean; dateOrder: DateOrder },
  engine: Engine,
  signal: AbortSignal | undefined,
): Promise<CsvFile[]> {
  const { read, checkOptions } = await Excel.run(async (context) => {
    const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    const hint = loadDateOrderHint(context);
    const listsRange: { range: Excel.Range | null } = { range: null };
    const read = await readSheetChunks(
      context,
      context.workbook.worksheets.getActiveWorksheet(),
      {},
      { afterShape: () => void (listsRange.range = queueListsRange(listsSheet)) },
      (chunk) => noteChunk(engine, readId, chunk),
    );
    const lists = listsRange.range ? readServiceLists(listsRange.range.values) : null;
    const dateOrderHint = hint();
    const checkOptions: CheckOptions = {
      dateOrder: options.dateOrder,
      dateSystem: read.dateSystem,
      ...(dateOrderHint ? { dateOrderHint } : {}),
      ...(lists ? { lists } : {}),
    };
    return { read, checkOptions };
  });
  const { split, bom } = options;
  const job = {
    kind: "upload",
    sheet: { read: readId, header: read.header, dateSystem: read.dateSystem },
    options: checkOptions,
    sheetName: read.sheetName,
    split,
    bom,
  } as const;
  return (await engine.run(job, signal)).files;
}
