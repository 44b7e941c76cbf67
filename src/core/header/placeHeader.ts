// The checker's first step, shared with the task pane's header check so the two cannot disagree:
// is there a header row where it must be, and what does it say? A missing or misplaced header is
// one file error and nothing else (RULES.md revision 4).
import { isBlankRow } from "../csv/split";
import { A1, fileFinding, sheetRow } from "../findings";
import type { Finding } from "../types";
import { analyseHeader, type HeaderAnalysis, type HeaderOptions } from "./analyseHeader";
import { locateHeaderRow } from "./headerRow";

export type HeaderVerdict =
  | { ok: true; analysis: HeaderAnalysis }
  /** `headerRow`: the table row records are counted below (null: none are). */
  | { ok: false; finding: Finding; headerRow: number | null };

/** Rows of a table (header expected in rows[0]); only the first few are read unless it is there. */
export function checkHeaderRows(
  rows: readonly (readonly string[])[],
  options: HeaderOptions = {},
): HeaderVerdict {
  if (rows.length === 0 || isBlankRow(rows[0]))
    return { ok: false, finding: fileFinding({ code: "file-no-header" }), headerRow: null };
  const place = locateHeaderRow(rows);
  if (place.kind === "missing")
    return { ok: false, finding: fileFinding({ code: "header-row-missing" }), headerRow: 0 };
  if (place.kind === "below") {
    const row = sheetRow(place.tableRow, options.origin ?? A1);
    return {
      ok: false,
      finding: fileFinding({ code: "header-row-below", params: { row } }),
      headerRow: place.tableRow,
    };
  }
  return { ok: true, analysis: analyseHeader(rows[0], options) };
}
