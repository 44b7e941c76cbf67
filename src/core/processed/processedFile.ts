// Partner Center's processed file: after an upload it returns the file with an Errors column that
// lists why each rejected row failed, several messages separated by ";". Rows with an empty Errors
// cell were accepted and must be removed before the failed ones are uploaded again.
import { cellFinding, type Origin } from "../findings";
import { normaliseHeader } from "../header";
import type { Finding, Table } from "../types";
import { isBlankRow } from "../csv/split";

export const ERRORS_COLUMN = "Errors";

/** Sheet column of the Errors header, or -1 when the file has none (a file never uploaded). */
export function errorsColumn(header: readonly string[]): number {
  const wanted = normaliseHeader(ERRORS_COLUMN);
  return header.findIndex((name) => normaliseHeader(name) === wanted);
}

/**
 * Messages shown as a finding each. A real Errors cell holds a handful; a 1 MB cell of `a;a;…`
 * once gave 500,000 findings (13 s, a 113 MB report), so the rest go into the last one.
 */
export const MAX_MESSAGES_PER_CELL = 20;

/**
 * The messages Partner Center wrote into one Errors cell, each once; past MAX_MESSAGES_PER_CELL the
 * last one holds all the rest, joined by "; " (nothing is dropped, the report stays short).
 */
export function partnerCenterMessages(cell: string): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(";")) {
    const message = part.trim();
    if (message === "" || seen.has(message)) continue;
    seen.add(message);
    messages.push(message);
  }
  if (messages.length <= MAX_MESSAGES_PER_CELL) return messages;
  const last = MAX_MESSAGES_PER_CELL - 1;
  return [...messages.slice(0, last), messages.slice(last).join("; ")];
}

/** One `partner-center-error` finding per message in one record's Errors cell (at sheet column `col`). */
export function partnerCenterRowFindings(
  row: readonly string[],
  tableRow: number,
  col: number,
  origin: Origin,
  out: Finding[],
): void {
  const value = row[col] ?? "";
  for (const message of partnerCenterMessages(value)) {
    out.push(
      cellFinding(
        { code: "partner-center-error", params: { message } },
        { at: { row: tableRow, col }, column: ERRORS_COLUMN, value },
        origin,
      ),
    );
  }
}

/** One `partner-center-error` finding per message in each record's Errors cell. */
export function partnerCenterFindings(table: Table, origin: Origin): Finding[] {
  const col = errorsColumn(table.rows[0] ?? []);
  if (col < 0) return [];
  const findings: Finding[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    if (!isBlankRow(table.rows[r])) partnerCenterRowFindings(table.rows[r], r, col, origin, findings);
  }
  return findings;
}

/**
 * Records Partner Center accepted (Errors empty) and rejected, as zero-based table rows; null when
 * the file has no Errors column. Blank rows are neither.
 */
export function splitProcessedRows(table: Table): { succeeded: number[]; failed: number[] } | null {
  const col = errorsColumn(table.rows[0] ?? []);
  if (col < 0) return null;
  const succeeded: number[] = [];
  const failed: number[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (isBlankRow(row)) continue;
    (partnerCenterMessages(row[col] ?? "").length === 0 ? succeeded : failed).push(r);
  }
  return { succeeded, failed };
}
