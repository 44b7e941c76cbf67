// What a check prepares once from the header and then applies to every record. Shared by the whole
// check (check.ts) and the incremental re-check (live/), so that a record is judged the same way.
import { DEFAULT_SERVICE_LISTS } from "./catalogue/serviceLists";
import { A1, type Origin } from "./findings";
import type { HeaderAnalysis } from "./header/analyseHeader";
import { accountMatchColumns, isRowSuggestion, type AccountMatchColumns } from "./processed/accountMatch";
import { errorsColumn } from "./processed/processedFile";
import { checkCell, type CellPlan } from "./rules/cell/checkCell";
import type { DateSettings } from "./rules/dates";
import { rowRuleParts, type RowEnv, type RowView } from "./rules/row";
import { valueRuleFor } from "./rules/values";
import type { CheckOptions, Finding } from "./types";

type PreparedRule = (row: RowView, out: Finding[]) => void;

export interface CheckPlan {
  origin: Origin;
  env: RowEnv;
  /** One plan per sheet column; null for columns without cell checks. */
  cells: (CellPlan | null)[];
  /** Row rules reporting before the duplicates, and after them. */
  before: PreparedRule[];
  after: PreparedRule[];
  /** The date columns, in sheet order: judged per column. */
  dateColumns: { column: string; col: number }[];
  referralCol: number | undefined;
  /** Sheet column of Partner Center's Errors (a processed file), or -1. */
  errorsCol: number;
  /** The account-match columns of a processed file, or null. */
  accountMatch: AccountMatchColumns | null;
  dates: DateSettings;
}

export function planCheck(
  header: readonly string[],
  analysis: HeaderAnalysis,
  options: CheckOptions,
): CheckPlan {
  const origin = options.origin ?? A1;
  const lists = options.lists ?? DEFAULT_SERVICE_LISTS;
  // Auto-populated columns are Partner Center's own output: no cell checks at all.
  const cells: (CellPlan | null)[] = analysis.columns.map((c) =>
    c && !c.descriptor.autoPopulated
      ? {
          column: c.canonical,
          rule: valueRuleFor(c.descriptor.type, lists, options.delimiter),
          multiline: c.descriptor.type.kind === "text" && c.descriptor.type.multiline === true,
          deferWhitespace: c.descriptor.type.kind === "date",
        }
      : null,
  );
  const dateColumns: { column: string; col: number }[] = [];
  analysis.columns.forEach((c, col) => {
    if (c?.descriptor.type.kind === "date") dateColumns.push({ column: c.canonical, col });
  });
  const env: RowEnv = {
    origin,
    lists,
    columns: analysis.columns,
    indexOf: analysis.indexOf,
    headerLength: header.length,
  };
  const { before, after } = rowRuleParts(env, options.original);
  return {
    origin,
    env,
    cells,
    before,
    after,
    dateColumns,
    referralCol: analysis.indexOf.get("Referral ID"),
    errorsCol: errorsColumn(header),
    accountMatch: accountMatchColumns(analysis.indexOf),
    dates: {
      dateOrder: options.dateOrder ?? "auto",
      dateOrderHint: options.dateOrderHint,
      dateSystem: options.dateSystem ?? 1900,
    },
  };
}

/** A record creates a referral when it has no Referral ID (or the sheet has no such column). */
export function isCreateRow(plan: CheckPlan, cells: readonly string[]): boolean {
  return plan.referralCol === undefined || (cells[plan.referralCol] ?? "").trim() === "";
}

/** The findings of one record that depend on nothing but the record: its cells and row rules. */
export function checkRecordCells(plan: CheckPlan, view: RowView, out: Finding[]): void {
  const cells = view.cells;
  const width = Math.min(cells.length, plan.env.headerLength);
  const accountMatch = plan.accountMatch;
  for (let col = 0; col < width; col++) {
    let cellPlan = plan.cells[col];
    const raw = cells[col];
    if (!cellPlan || raw.length === 0) continue;
    // A Final account match copied from one of its row's suggestions is Partner Center's own text:
    // RULES.md keeps the format error only for values that are neither a valid form nor a suggestion.
    if (accountMatch && col === accountMatch.final && isRowSuggestion(raw, cells, accountMatch))
      cellPlan = { ...cellPlan, rule: null };
    checkCell(raw, view.tableRow, col, cellPlan, plan.origin, out);
  }
  for (const rule of plan.before) rule(view, out);
}
