// buildCsv(): the upload file(s) from the active sheet's values (never the displayed text, which
// follows the user's locale): checked as Check does, then written with every notice's
// normalisation (RULES.md "Saving"). Reads only: 1 request + one per chunk.
import type { CheckOptions, DateOrder } from "../core/types";
import type { CsvFile } from "../taskpane/ports";
import { directEngine, type Engine } from "./engine";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { loadDateOrderHint } from "./locale";
import { readSheet } from "./readSheet";

export { csvFileName, tableToCsvFiles } from "../core/save/csvFiles";

/** No files when the sheet has no records: the task pane says so instead of saving an empty file. */
export async function buildCsv(
  options: { split: boolean; bom: boolean; dateOrder: DateOrder },
  engine: Engine = directEngine,
  signal?: AbortSignal,
): Promise<CsvFile[]> {
  const { read, checkOptions } = await Excel.run(async (context) => {
    const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    const hint = loadDateOrderHint(context);
    const listsRange: { range: Excel.Range | null } = { range: null };
    const read = await readSheet(
      context,
      context.workbook.worksheets.getActiveWorksheet(),
      {},
      {
        afterShape: () => void (listsRange.range = queueListsRange(listsSheet)),
      },
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
    table: read.table,
    options: checkOptions,
    sheetName: read.sheetName,
    split,
    bom,
  } as const;
  return (await engine.run(job, signal)).files;
}
