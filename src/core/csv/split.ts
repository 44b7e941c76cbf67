// Partner Center processes at most 1,000 records per file; a bigger file is split into parts
// that each carry the header row (RULES.md "Limits").
import type { Table } from "../types";

export const MAX_UPLOAD_RECORDS = 1000;

/** Every cell blank or whitespace: not a record (RULES.md "Limits"). */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.length > 0 && cell.trim() !== "") return false;
  return true;
}

/**
 * Parts of at most `maxRecords` records each. Blank rows do not count; they stay where they were
 * (after the record before them), so that the parts' rows, put back together, are the table's.
 */
export function splitTable(table: Table, maxRecords = MAX_UPLOAD_RECORDS): Table[] {
  const limit = Math.max(1, Math.floor(Number.isFinite(maxRecords) ? maxRecords : MAX_UPLOAD_RECORDS));
  const [header, ...body] = table.rows;
  if (header === undefined) return [{ rows: [] }];
  const parts: Table[] = [{ rows: [header] }];
  let records = 0;
  for (const row of body) {
    if (!isBlankRow(row)) {
      if (records === limit) {
        parts.push({ rows: [header] });
        records = 0;
      }
      records++;
    }
    parts[parts.length - 1].rows.push(row);
  }
  return parts;
}
