// The upload file(s) of a table: one CSV, or parts of at most MAX_UPLOAD_RECORDS records.
import { MAX_UPLOAD_RECORDS, isBlankRow, splitTable, writeCsv } from "../csv";
import type { Table } from "../types";

export interface UploadFile {
  name: string;
  text: string;
  records: number;
}

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
): UploadFile[] {
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
