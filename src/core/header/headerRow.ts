// Is the first row the template's header row? A file without one, or with title lines above it,
// gets one clear error instead of dozens of findings (RULES.md revision 4, "Header row").
import { isBlankRow } from "../csv/split";
import { suggest } from "./analyseHeader";
import { matchHeader } from "./resolve";

/** How far down a header is looked for when the first row holds none. */
export const HEADER_SEARCH_ROWS = 10;

export type HeaderRowPlace = { kind: "first" } | { kind: "below"; tableRow: number } | { kind: "missing" };

/** The first row holds a template header when any cell matches exactly, by alias or nearly. */
function holdsTemplateHeader(cells: readonly string[]): boolean {
  return cells.some((text) => text.trim() !== "" && (matchHeader(text) !== null || suggest(text) !== null));
}

/** A row below looks like the header when at least two cells (or all of one) name template columns. */
function looksLikeHeader(cells: readonly string[]): boolean {
  let filled = 0;
  let named = 0;
  for (const text of cells) {
    if (text.trim() === "") continue;
    filled++;
    if (matchHeader(text) !== null) named++;
  }
  return named >= 2 || (named === 1 && filled === 1);
}

export function locateHeaderRow(rows: readonly (readonly string[])[]): HeaderRowPlace {
  if (rows.length === 0 || holdsTemplateHeader(rows[0])) return { kind: "first" };
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r < last; r++) {
    if (!isBlankRow(rows[r]) && looksLikeHeader(rows[r])) return { kind: "below", tableRow: r };
  }
  return { kind: "missing" };
}
