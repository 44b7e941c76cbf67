import { PARTNER_SUBSTATUSES, TERMINAL_SUBSTATUSES } from "../../catalogue/codeLists";
import type { ReadOnlyClass } from "../../catalogue/descriptor";
import { analyseHeader } from "../../header/analyseHeader";
import type { Finding, Table } from "../../types";
import { canonicalIn } from "../values/enumValue";
import { readYesNo } from "../values/yesNo";
import { findingAt, valueAt, type RowEnv, type RowView } from "./env";

/** Whether Partner Center would ignore a change, given the value it last sent. */
function lockedBy(readOnly: ReadOnlyClass, original: string): boolean {
  switch (readOnly) {
    case "always":
    case "after-create":
      return true;
    case "once-shared":
      return original !== "";
    case "once-yes":
      return readYesNo(original) === "Yes";
    case "once-number":
      return /^\d+$/.test(original);
  }
}

/**
 * Edits against the file as Partner Center last sent it (rows matched by Referral ID): any edit of
 * a deal that was already terminal, and edits of columns that are read-only at that point.
 */
export function editTracker(env: RowEnv, original: Table): (row: RowView, out: Finding[]) => void {
  const header = original.rows[0] ?? [];
  const before = analyseHeader(header).indexOf;
  const referralBefore = before.get("Referral ID");
  const referralCol = env.indexOf.get("Referral ID");
  const byReferral = new Map<string, readonly string[]>();
  if (referralBefore !== undefined) {
    for (let r = 1; r < original.rows.length; r++) {
      const id = (original.rows[r][referralBefore] ?? "").trim();
      if (id !== "" && !byReferral.has(id)) byReferral.set(id, original.rows[r]);
    }
  }
  // Pairs of (current column, original column) to compare; the Errors column is Partner Center's own.
  const pairs: { col: number; was: number }[] = [];
  env.columns.forEach((c, col) => {
    const was = c ? before.get(c.canonical) : undefined;
    if (c && was !== undefined && c.canonical !== "Errors") pairs.push({ col, was });
  });
  const substatusBefore = before.get("Partner Referral Substatus");

  return (row, out) => {
    if (row.isCreate || referralCol === undefined) return;
    const id = valueAt(row, referralCol);
    const old = byReferral.get(id);
    if (!old) return;
    const changed = pairs.filter(({ col, was }) => {
      const now = valueAt(row, col);
      const then = (old[was] ?? "").trim();
      if (now === then) return false;
      const type = env.columns[col]?.descriptor.type.kind;
      return !(type === "yes-no" && readYesNo(now) !== null && readYesNo(now) === readYesNo(then));
    });
    if (changed.length === 0) return;
    const substatus = canonicalIn(PARTNER_SUBSTATUSES, (old[substatusBefore ?? -1] ?? "").trim());
    if (substatus !== null && TERMINAL_SUBSTATUSES.includes(substatus)) {
      out.push(findingAt(env, row, referralCol, "terminal-row-edited", { substatus }));
      return;
    }
    for (const { col, was } of changed) {
      const readOnly = env.columns[col]?.descriptor.readOnly;
      const then = (old[was] ?? "").trim();
      if (readOnly && lockedBy(readOnly, then))
        out.push(findingAt(env, row, col, "read-only-edited", { original: then }));
    }
  };
}
