// buildCsv(): the upload file(s) from the active sheet's values (never the displayed text, which
// follows the user's locale), written by the core. Reads only: 1 request + one per chunk.
import { MAX_UPLOAD_RECORDS, isBlankRow, splitTable, writeCsv } from "../core/csv";
import type { Table } from "../core/types";
import type { CsvFile } from "../taskpane/ports";
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

export async function buildCsv(options: { split: boolean; bom: boolean }): Promise<CsvFile[]> {
  return Excel.run(async (context) => {
    const read = await readSheet(context, context.workbook.worksheets.getActiveWorksheet());
    return tableToCsvFiles(read.sheetName, read.table, options);
  });
}
