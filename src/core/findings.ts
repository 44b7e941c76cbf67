import { FINDING_SEVERITY } from "./messages";
import type { CellIssue, ColumnCode, FileIssue, OtherCode } from "./messages";
import { renderMessage } from "./messages/render";
import type { Finding, MessageParams } from "./types";

export type Origin = { row: number; col: number };
export const A1: Origin = { row: 0, col: 0 };

/** Longest value quoted in a message; the full value stays in Finding.value. */
const MAX_QUOTED = 80;
/** Longest other text parameter (a Partner Center error, a part of a cell): whole sentences fit. */
const MAX_PARAM = 400;

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

export function quoted(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return value;
  let end = max - 1;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character).
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}

/** Every text parameter bounded, so that a 10 MB cell (its fix, a part of it) gives a short message. */
function shownParams(params: MessageParams): MessageParams {
  const out: MessageParams = {};
  for (const [name, param] of Object.entries(params)) {
    const max = name === "value" || name === "fix" ? MAX_QUOTED : MAX_PARAM;
    out[name] = typeof param === "string" ? quoted(param, max) : param;
  }
  return out;
}

/** Where a cell finding points: the cell, its column's canonical name and its raw value. */
export interface CellPlace {
  at: { row: number; col: number };
  column: string;
  value: string;
}

/**
 * A finding about one cell: what the rule says (code, own params, fix) and where. Params always
 * carry {column} and {value} (and {fix} when there is one), shortened for the message;
 * Finding.value and Finding.fix stay complete.
 */
export function cellFinding(issue: CellIssue, place: CellPlace, origin: Origin = A1): Finding {
  const fix = issue.fix ?? null;
  const params: MessageParams = { column: place.column, value: place.value, ...issue.params };
  if (fix !== null) params.fix = fix;
  const shown = shownParams(params);
  return {
    code: issue.code,
    severity: issue.severity ?? FINDING_SEVERITY[issue.code],
    row: sheetRow(place.at.row, origin),
    column: place.column,
    cell: cellAddress(place.at.row, place.at.col, origin),
    at: { row: place.at.row, col: place.at.col },
    value: place.value,
    params: shown,
    message: renderMessage(issue.code, shown),
    fix,
  };
}

/** A finding about a row as a whole, or about a column the header lacks: no cell to point at. */
export function rowFinding<C extends OtherCode>(
  code: C,
  tableRow: number,
  column: C extends ColumnCode ? string : null,
  origin: Origin = A1,
): Finding {
  const params: MessageParams = column === null ? {} : { column };
  return {
    code,
    severity: FINDING_SEVERITY[code],
    row: sheetRow(tableRow, origin),
    column,
    cell: null,
    at: null,
    value: null,
    params,
    message: renderMessage(code, params),
    fix: null,
  };
}

/** A finding about the whole file (row and column null). */
export function fileFinding(issue: FileIssue): Finding {
  const params: MessageParams = issue.params ?? {};
  return {
    code: issue.code,
    severity: issue.severity ?? FINDING_SEVERITY[issue.code],
    row: null,
    column: null,
    cell: null,
    at: null,
    value: null,
    params,
    message: renderMessage(issue.code, params),
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
