// The table "Save as CSV" writes (RULES.md "Saving"): every notice's fix (date shape, case,
// whitespace) applied, fixes of errors and warnings left to the user. One function for the
// add-in's save and the CLI's --out, so both write the same file.
import { isBlankRow } from "../csv/split";
import { applyFixes } from "../fixes";
import type { Finding, Table } from "../types";

export type UploadTable =
  { ok: true; table: Table; records: number; normalised: number } | { ok: false; reason: "no-records" };

/** `findings` must come from checking `table` itself (their cell positions index into it). */
export function uploadTable(table: Table, findings: readonly Finding[]): UploadTable {
  let records = 0;
  for (let r = 1; r < table.rows.length; r++) if (!isBlankRow(table.rows[r])) records++;
  if (records === 0) return { ok: false, reason: "no-records" };
  // Header notices carry no fix; applyFixes leaves row 0 alone anyway.
  const notices = findings.filter((f) => f.severity === "notice" && f.fix !== null);
  const fixed = applyFixes(table, notices);
  return { ok: true, table: fixed.table, records, normalised: fixed.changed };
}
