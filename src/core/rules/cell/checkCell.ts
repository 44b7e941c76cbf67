import { cellFinding, type Origin } from "../../findings";
import type { Finding } from "../../types";
import type { ValueRule } from "../values/issue";
import { hasControlCharacter } from "./controlCharacters";
import { formulaStart, isExcelErrorValue } from "./formulaLike";

/** What the checker knows about one sheet column, prepared once per check. */
export interface CellPlan {
  column: string;
  rule: ValueRule | null;
  multiline: boolean;
  /** Date columns are judged per column; their whitespace is reported with the date verdict. */
  deferWhitespace: boolean;
}

/**
 * Per-cell checks: surrounding whitespace (notice, trimmed fix), control characters and formula-like
 * starts (warnings, no fix) and the column's value rule. A value fix already trims, so it replaces the whitespace notice.
 * Returns the trimmed value. Clean cells allocate nothing.
 */
export function checkCell(
  raw: string,
  tableRow: number,
  col: number,
  plan: CellPlan,
  origin: Origin,
  out: Finding[],
): string {
  const value = raw.trim();
  const at = { row: tableRow, col };
  const padded = value.length !== raw.length;
  if (value === "") {
    if (padded && !plan.deferWhitespace)
      out.push(cellFinding("whitespace", { at, column: plan.column, value: raw, fix: "" }, origin));
    return value;
  }
  if (hasControlCharacter(value, plan.multiline))
    out.push(cellFinding("control-character", { at, column: plan.column, value: raw }, origin));
  const start = formulaStart(value);
  if (start !== null)
    out.push(cellFinding("formula-like", { at, column: plan.column, value: raw, params: { start } }, origin));
  else if (isExcelErrorValue(value))
    out.push(cellFinding("excel-error-value", { at, column: plan.column, value: raw }, origin));
  const issue = plan.rule ? plan.rule(value) : null;
  if (issue) {
    out.push(
      cellFinding(
        issue.code,
        {
          at,
          column: plan.column,
          value: raw,
          fix: issue.fix ?? null,
          params: issue.params,
          severity: issue.severity,
        },
        origin,
      ),
    );
    if (issue.fix !== undefined) return value;
  }
  if (padded && !plan.deferWhitespace)
    out.push(cellFinding("whitespace", { at, column: plan.column, value: raw, fix: value }, origin));
  return value;
}
