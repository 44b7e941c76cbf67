// A live check as plain data, to cross from a Web Worker to the task pane (structured clone):
// without the table (the pane has it) and the check plan (it holds the rules, functions); the
// receiving side rebuilds both. attachLive(table, options, detachLive(live)) behaves as `live`.
import { planCheck } from "../checkPlan";
import { A1 } from "../findings";
import { checkHeaderRows } from "../header/placeHeader";
import type { CheckOptions, CheckResult, Table } from "../types";
import type { LiveCheck, Tracked } from "./recheck";
import type { RowState } from "./rowState";

type DetachedRow = Omit<RowState, "view"> & { view: { tableRow: number; isCreate: boolean } };

export interface DetachedLive {
  result: CheckResult;
  changedRows: readonly number[] | null;
  tracked: (Omit<Tracked, "plan" | "rows"> & { rows: (DetachedRow | undefined)[] }) | null;
}

export function detachLive(live: LiveCheck): DetachedLive {
  const t = live.tracked;
  if (!t) return { result: live.result, changedRows: live.changedRows, tracked: null };
  return {
    result: live.result,
    changedRows: live.changedRows,
    tracked: {
      headerFindings: t.headerFindings,
      blankHeaders: t.blankHeaders,
      groups: t.groups,
      dateColumns: t.dateColumns,
      records: t.records,
      createRows: t.createRows,
      rows: t.rows.map((s) =>
        s ? { ...s, view: { tableRow: s.view.tableRow, isCreate: s.view.isCreate } } : undefined,
      ),
    },
  };
}

/** `table` and `options` must be what the detached check was started with. */
export function attachLive(table: Table, options: CheckOptions, detached: DetachedLive): LiveCheck {
  const { result, changedRows } = detached;
  const t = detached.tracked;
  if (!t) return { table, options, result, changedRows, tracked: null };
  const filled = new Set(t.blankHeaders.filter((b) => b.filled > 0).map((b) => b.col));
  const verdict = checkHeaderRows(table.rows, {
    origin: options.origin ?? A1,
    columnHasData: (col) => filled.has(col),
  });
  // A tracked check was started only on a header that places; the same table places again.
  if (!verdict.ok) throw new Error("attachLive: the header no longer places");
  const plan = planCheck(table.rows[0] ?? [], verdict.analysis, options);
  const rows = t.rows.map((s) =>
    s ? { ...s, view: { ...s.view, cells: table.rows[s.view.tableRow] ?? [] } } : undefined,
  );
  return { table, options, result, changedRows, tracked: { ...t, plan, rows } };
}
