// The check of a sheet the user keeps editing: a whole check once, then only the changed rows.
// What one record's findings depend on beyond its own cells is kept alongside: the duplicate
// groups (a group's first row decides who is a duplicate) and each date column's day/month
// evidence (a change of the evidence re-judges only the ambiguous dates of that column). The
// result equals a whole check of the edited table, finding for finding and in the same order
// (src/core/live/recheck.test.ts checks this on random sheets and edits).
import { checkTable, recordCountFindings, summarise } from "../check";
import { isCreateRow, planCheck, type CheckPlan } from "../checkPlan";
import { isBlankRow } from "../csv/split";
import {
  dependsOnEvidence,
  evidenceOf,
  readDateText,
  resolveReading,
  type ColumnEvidence,
  type DateReading,
} from "../dates";
import { A1, compareFindings } from "../findings";
import { checkHeaderRows } from "../header/placeHeader";
import { dateCellFindings } from "../rules/dates";
import { duplicateFinding } from "../rules/row/duplicates";
import type { CheckOptions, CheckResult, Finding, Table } from "../types";
import { mergeRow, ownParts, type RowState } from "./rowState";

interface DateColumnState {
  /** Reading of each record's cell, by table row (undefined for blank rows). */
  readings: (DateReading | undefined)[];
  evidence: ColumnEvidence;
}

export interface Tracked {
  plan: CheckPlan;
  headerFindings: Finding[];
  /** Blank header cells and how many rows hold data below each (a blank header over data is reported). */
  blankHeaders: { col: number; filled: number }[];
  rows: (RowState | undefined)[];
  /** Duplicate group → its records' table rows, ascending. */
  groups: Map<string, number[]>;
  dateColumns: DateColumnState[];
  records: number;
  createRows: number;
}

export interface LiveCheck {
  readonly table: Table;
  readonly options: CheckOptions;
  readonly result: CheckResult;
  /** Table rows whose findings may differ from the previous result's; null after a whole check. */
  readonly changedRows: readonly number[] | null;
  /** Null when the header is not where it must be: every change is then a whole check. */
  readonly tracked: Tracked | null;
}

/** One changed row: its table row (header = 0) and its cells as they are now. */
export type RowChange = { row: number; cells: readonly string[] };

/** A whole check, keeping what a later `recheckRows` needs. */
export function startLiveCheck(table: Table, options: CheckOptions = {}): LiveCheck {
  const rows = table.rows;
  const header = rows[0] ?? [];
  const blankHeaders = header.flatMap((text, col) => (text.trim() === "" ? [{ col, filled: 0 }] : []));
  for (let r = 1; r < rows.length; r++)
    for (const blank of blankHeaders) if (hasData(rows[r], blank.col)) blank.filled++;
  const filled = new Set(blankHeaders.filter((b) => b.filled > 0).map((b) => b.col));
  const verdict = checkHeaderRows(rows, {
    origin: options.origin ?? A1,
    columnHasData: (col) => filled.has(col),
  });
  if (!verdict.ok)
    return { table, options, result: checkTable(table, options), changedRows: null, tracked: null };
  const plan = planCheck(header, verdict.analysis, options);
  const empty: Tracked = {
    plan,
    headerFindings: verdict.analysis.findings,
    blankHeaders,
    rows: [],
    groups: new Map(),
    dateColumns: plan.dateColumns.map(() => ({ readings: [], evidence: { dayFirst: 0, monthFirst: 0 } })),
    records: 0,
    createRows: 0,
  };
  const all: RowChange[] = [];
  for (let r = 1; r < rows.length; r++) all.push({ row: r, cells: rows[r] });
  const { tracked } = apply(empty, all, rows);
  return { table, options, result: resultOf(tracked), changedRows: null, tracked };
}

function hasData(cells: readonly string[], col: number): boolean {
  const cell = cells[col];
  return cell !== undefined && cell.trim() !== "";
}

/**
 * The check after some rows changed (a row beyond the table extends it; the rows between are
 * blank). A changed header, or a change that makes a blank header cell gain or lose the data below
 * it, is a whole check. The given check is left as it was.
 */
export function recheckRows(live: LiveCheck, changes: readonly RowChange[]): LiveCheck {
  const rows = live.table.rows.slice();
  // Rows between the table and a change below it are blank, as wide as the header (a sheet's read).
  const blank = () => (rows[0] ?? []).map(() => "");
  for (const { row, cells } of changes) {
    while (rows.length < row) rows.push(blank());
    rows[row] = cells as string[];
  }
  const table = { rows };
  const tracked = live.tracked;
  if (!tracked || changes.some((c) => c.row <= 0)) return startLiveCheck(table, live.options);
  const blankHeaders = tracked.blankHeaders.map((b) => ({ ...b }));
  for (const { row } of changes) {
    const before = live.table.rows[row] ?? [];
    for (const blank of blankHeaders)
      blank.filled += Number(hasData(rows[row], blank.col)) - Number(hasData(before, blank.col));
  }
  if (blankHeaders.some((b, i) => b.filled > 0 !== tracked.blankHeaders[i].filled > 0))
    return startLiveCheck(table, live.options);
  const next = apply({ ...tracked, blankHeaders }, changes, rows);
  const changedRows = [...next.touched].sort((a, b) => a - b);
  return { table, options: live.options, result: resultOf(next.tracked), changedRows, tracked: next.tracked };
}

/** Which verdicts of ambiguous dates the evidence gives: counts matter only when both orders are proven. */
function evidenceKey(e: ColumnEvidence): string {
  return e.dayFirst > 0 && e.monthFirst > 0
    ? `${e.dayFirst}:${e.monthFirst}`
    : `${e.dayFirst > 0}${e.monthFirst > 0}`;
}

function addEvidence(e: ColumnEvidence, reading: DateReading | undefined, sign: 1 | -1): void {
  if (!reading) return;
  const one = evidenceOf(reading);
  e.dayFirst += sign * one.dayFirst;
  e.monthFirst += sign * one.monthFirst;
}

/** Two ascending lists of rows as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

type Parts = Omit<RowState, "merged">;

/** Applies changed rows (their cells already in `rows`) to a tracked check; `base` is not modified. */
function apply(
  base: Tracked,
  changes: readonly RowChange[],
  rows: readonly (readonly string[])[],
): { tracked: Tracked; touched: Set<number> } {
  const plan = base.plan;
  const changed = [...new Set(changes.map((c) => c.row))].sort((a, b) => a - b);
  const changedSet = new Set(changed);
  const states = base.rows.slice();
  const parts = new Map<number, Parts>();
  const partsOf = (r: number): Parts => {
    let p = parts.get(r);
    if (!p) {
      const s = states[r] as RowState;
      p = {
        view: s.view,
        key: s.key,
        own: s.own,
        duplicate: s.duplicate,
        after: s.after,
        dates: s.dates.slice(),
        partnerCenter: s.partnerCenter,
      };
      parts.set(r, p);
    }
    return p;
  };
  const dateColumns = base.dateColumns.map((d) => ({
    readings: d.readings.slice(),
    evidence: { ...d.evidence },
  }));
  const affected = new Set<string>();
  const added = new Map<string, number[]>();
  let records = base.records;
  let createRows = base.createRows;

  for (const r of changed) {
    const old = states[r];
    if (old) {
      records--;
      if (old.view.isCreate) createRows--;
      if (old.key !== null) affected.add(old.key);
    }
    states[r] = undefined;
    dateColumns.forEach((d) => {
      addEvidence(d.evidence, d.readings[r], -1);
      d.readings[r] = undefined;
    });
    const cells = rows[r];
    if (isBlankRow(cells)) continue;
    records++;
    const isCreate = isCreateRow(plan, cells);
    if (isCreate) createRows++;
    const p = ownParts(plan, { tableRow: r, cells, isCreate });
    parts.set(r, p);
    if (p.key !== null) {
      affected.add(p.key);
      const list = added.get(p.key);
      if (list) list.push(r);
      else added.set(p.key, [r]);
    }
    plan.dateColumns.forEach(({ col }, i) => {
      const reading = readDateText((cells[col] ?? "").trim(), plan.dates.dateSystem);
      dateColumns[i].readings[r] = reading;
      addEvidence(dateColumns[i].evidence, reading, 1);
    });
  }

  // Duplicates: every member of a group that gained or lost a row, unless its finding cannot change.
  const groups = new Map(base.groups);
  for (const key of affected) {
    const before = base.groups.get(key) ?? [];
    const members = mergeAscending(
      before.filter((r) => !changedSet.has(r)),
      added.get(key) ?? [],
    );
    if (members.length === 0) groups.delete(key);
    else groups.set(key, members);
    members.forEach((r, i) => {
      if (!changedSet.has(r)) {
        const wasFirst = states[r]?.duplicate === null;
        if (i === 0 ? wasFirst : !wasFirst && before[0] === members[0]) return;
      }
      const p = partsOf(r);
      p.duplicate = i === 0 ? null : duplicateFinding(plan.env, p.view, key, members[0]);
    });
  }

  // Dates: the changed rows' cells, and every ambiguous date of a column whose evidence changed.
  plan.dateColumns.forEach(({ column, col }, i) => {
    const d = dateColumns[i];
    const judge = (r: number) => {
      const reading = d.readings[r] as DateReading;
      const p = partsOf(r);
      const raw = p.view.cells[col] ?? "";
      const verdict = resolveReading(raw.trim(), reading, d.evidence, plan.dates).verdict;
      const out: Finding[] = [];
      dateCellFindings(verdict, column, { row: r, col }, raw, plan.origin, out);
      p.dates[i] = out;
    };
    for (const r of changed) if (d.readings[r]) judge(r);
    if (evidenceKey(d.evidence) === evidenceKey(base.dateColumns[i].evidence)) return;
    for (let r = 1; r < d.readings.length; r++) {
      const reading = d.readings[r];
      if (reading && !changedSet.has(r) && dependsOnEvidence(reading, plan.dates)) judge(r);
    }
  });

  for (const [r, p] of parts) states[r] = mergeRow(p);
  const touched = new Set([...changed, ...parts.keys()]);
  return {
    tracked: { ...base, rows: states, groups, dateColumns, records, createRows },
    touched,
  };
}

function resultOf(t: Tracked): CheckResult {
  // Header and file findings sort before every record's (their rows are the header's or none).
  const findings = [...t.headerFindings, ...recordCountFindings(t.records)].sort(compareFindings);
  for (const state of t.rows) if (state) for (const f of state.merged) findings.push(f);
  return {
    records: t.records,
    createRows: t.createRows,
    updateRows: t.records - t.createRows,
    summary: summarise(findings),
    findings,
  };
}
