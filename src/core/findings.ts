import { FINDING_SEVERITY, type FindingCode } from "./messages/codes";
import { renderMessage } from "./messages/render";
import type { Finding, MessageParams, Severity } from "./types";

export type Origin = { row: number; col: number };
export const A1: Origin = { row: 0, col: 0 };

/** Longest value quoted in a message; the full value stays in Finding.value. */
const MAX_QUOTED = 80;

const letterCache: string[] = [];

/** Zero-based column index → spreadsheet letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(index: number): string {
  const cached = letterCache[index];
  if (cached !== undefined) return cached;
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  letterCache[index] = letters;
  return letters;
}

/** Spreadsheet row number of a table row (header = 1 when the table starts in A1). */
export function sheetRow(tableRow: number, origin: Origin = A1): number {
  return tableRow + origin.row + 1;
}

export function cellAddress(tableRow: number, tableCol: number, origin: Origin = A1): string {
  return columnLetters(tableCol + origin.col) + sheetRow(tableRow, origin);
}

export function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}

export interface CellFindingInput {
  at: { row: number; col: number };
  column: string;
  value: string;
  params?: MessageParams;
  fix?: string | null;
  severity?: Severity;
}

/** A finding about one cell; params always carry {column} and {value} (and {fix} when there is one). */
export function cellFinding(code: FindingCode, input: CellFindingInput, origin: Origin = A1): Finding {
  const fix = input.fix ?? null;
  const params: MessageParams = { column: input.column, value: quoted(input.value), ...input.params };
  if (fix !== null && params.fix === undefined) params.fix = fix;
  return {
    code,
    severity: input.severity ?? FINDING_SEVERITY[code],
    row: sheetRow(input.at.row, origin),
    column: input.column,
    cell: cellAddress(input.at.row, input.at.col, origin),
    at: { row: input.at.row, col: input.at.col },
    value: input.value,
    params,
    message: renderMessage(code, params),
    fix,
  };
}

/** A finding about a row as a whole, or about a column the header lacks: no cell to point at. */
export function rowFinding(
  code: FindingCode,
  tableRow: number,
  column: string | null,
  params: MessageParams = {},
  origin: Origin = A1,
): Finding {
  const all: MessageParams = column === null ? params : { column, ...params };
  return {
    code,
    severity: FINDING_SEVERITY[code],
    row: sheetRow(tableRow, origin),
    column,
    cell: null,
    at: null,
    value: null,
    params: all,
    message: renderMessage(code, all),
    fix: null,
  };
}

/** A finding about the whole file (row and column null). */
export function fileFinding(code: string, params: MessageParams = {}, severity?: Severity): Finding {
  const known = (FINDING_SEVERITY as Record<string, Severity>)[code];
  return {
    code,
    severity: severity ?? known ?? "error",
    row: null,
    column: null,
    cell: null,
    at: null,
    value: null,
    params,
    message: renderMessage(code, params),
    fix: null,
  };
}

/** File-level first, then by row, then by sheet column (cell-less row findings before cells). */
export function compareFindings(a: Finding, b: Finding): number {
  const rowA = a.row ?? -1;
  const rowB = b.row ?? -1;
  if (rowA !== rowB) return rowA - rowB;
  return (a.at?.col ?? -1) - (b.at?.col ?? -1);
}
