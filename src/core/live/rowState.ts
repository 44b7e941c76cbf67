// One record's findings, kept in the parts that change for different reasons: its own cells and
// row rules, the duplicate finding (its group's first row), each date column (the column's
// evidence) and Partner Center's Errors. `merged` is the record's findings in report order.
import { checkRecordCells, type CheckPlan } from "../checkPlan";
import { compareFindings } from "../findings";
import { partnerCenterRowFindings } from "../processed/processedFile";
import type { RowView } from "../rules/row";
import { duplicateKey } from "../rules/row/duplicates";
import type { Finding } from "../types";

export interface RowState {
  view: RowView;
  /** Duplicate group of the record, null when it can have none. */
  key: string | null;
  own: Finding[];
  duplicate: Finding | null;
  after: Finding[];
  /** Per date column of the plan, in plan order. */
  dates: Finding[][];
  partnerCenter: Finding[];
  merged: Finding[];
}

/**
 * The same order a whole check gives: its findings are pushed cells and rules first, duplicates,
 * edits, then each date column, then Partner Center's, and sorted stably by row and column.
 */
export function mergeRow(state: Omit<RowState, "merged">): RowState {
  const merged = [...state.own];
  if (state.duplicate) merged.push(state.duplicate);
  merged.push(...state.after);
  for (const dates of state.dates) merged.push(...dates);
  merged.push(...state.partnerCenter);
  merged.sort(compareFindings);
  return { ...state, merged };
}

/** A record's parts that depend on nothing but its own cells; duplicate and dates left empty. */
export function ownParts(plan: CheckPlan, view: RowView): Omit<RowState, "merged"> {
  const own: Finding[] = [];
  checkRecordCells(plan, view, own);
  const after: Finding[] = [];
  for (const rule of plan.after) rule(view, after);
  const partnerCenter: Finding[] = [];
  if (plan.errorsCol >= 0)
    partnerCenterRowFindings(view.cells, view.tableRow, plan.errorsCol, plan.origin, partnerCenter);
  return {
    view,
    key: duplicateKey(plan.env, view),
    own,
    duplicate: null,
    after,
    dates: plan.dateColumns.map(() => []),
    partnerCenter,
  };
}
