// buildCsv(): the upload file(s) from the active sheet's values (never the displayed text, which
// follows the user's locale): checked as Check does, then written with every notice's
// normalisation (RULES.md "Saving"). Reads only: 1 request + one per chunk.
import { checkTable } from "../core/check";
import { MAX_UPLOAD_RECORDS, isBlankRow, splitTable, writeCsv } from "../core/csv";
import { uploadTable } from "../core/save/uploadTable";
import type { CheckOptions, DateOrder, Table } from "../core/types";
import type { CsvFile } from "../taskpane/ports";
import { LISTS_SHEET_NAME, queueListsRange, readServiceLists } from "./listsSheet";
import { loadDateOrderHint } from "./locale";
import { readSheet } from "./readSheet";

const countRecords = (table: Table): number => table.rows.slice(1).filter((row) => !isBlankRow(row)).length;

/** "<sheet>.csv", or "<sheet>-part-N.csv" when split; characters file systems refuse become "_". */
export function csvFileName(sheetName: string, part: number | null): string {
  const base = sheetName.replace(/[\\/:*?"<>|]/g, "_").trim() || "co-sell";
  return part === null ? `${base}.csv` : `${base}-part-${part}.csv`;
}

export function tableToCsvFiles(
  sheetName: string,
  table: Table,
  options: { split: boolean; bom: boolean },
): CsvFile[] {
  const parts =
    options.split && countRecords(table) > MAX_UPLOAD_RECORDS
      ? splitTable(table, MAX_UPLOAD_RECORDS)
      : [table];
  return parts.map((part, i) => ({
    name: csvFileName(sheetName, parts.length > 1 ? i + 1 : null),
    text: writeCsv(part, { bom: options.bom }),
    records: countRecords(part),
  }));
}

/** No files when the sheet has no records: the task pane says so instead of saving an empty file. */
export async function buildCsv(options: {
  split: boolean;
  bom: boolean;
  dateOrder: DateOrder;
}): Promise<CsvFile[]> {
  return Excel.run(async (context) => {
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
    const upload = uploadTable(read.table, checkTable(read.table, checkOptions).findings);
    return upload.ok ? tableToCsvFiles(read.sheetName, upload.table, options) : [];
  });
}
