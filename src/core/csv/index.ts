// CSV in and out for Partner Center's co-sell bulk upload.
export { readCsv, readCsvText } from "./read";
export { writeCsv } from "./write";
export { splitTable, isBlankRow, MAX_UPLOAD_RECORDS } from "./split";
export { decodeBytes } from "./decode";
export { decodeWindows1252 } from "./windows1252";
export type { CsvRead, CsvError, CsvFinding, Delimiter } from "./types";
