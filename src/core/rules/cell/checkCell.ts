import { cellFinding, type Origin } from "../../findings";
import type { Finding } from "../../types";
import type { ValueRule } from "../values/issue";
import { controlIssue } from "./controlCharacters";
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
 * Per-cell checks: surrounding whitespace (notice, trimmed fix), control characters and line breaks
 * (warnings whose fix removes them), `=` starts and Excel error values (warnings, no fix) and the
 * column's value rule, judged on the text without control characters. A value fix already trims
 * and cleans, so it replaces the whitespace notice; every finding with a fix for one cell carries
 * the same final text, so it does not matter which one a fixer applies.
 * Returns the checked value. Clean cells allocate nothing.
 */
export function checkCell(
  raw: string,
  tableRow: number,
  col: number,
  plan: CellPlan,
  origin: Origin,
  out: Finding[],
): string {
  const trimmed = raw.trim();
  const place = { at: { row: tableRow, col }, column: plan.column, value: raw };
  const padded = trimmed.length !== raw.length;
  if (trimmed === "") {
    if (padded && !plan.deferWhitespace)
      out.push(cellFinding({ code: "whitespace", fix: "" }, place, origin));
    return trimmed;
  }
  const control = controlIssue(trimmed, plan.multiline);
  const value = control ? control.fix : trimmed;
  const start = formulaStart(value);
  const issue = plan.rule && value !== "" ? plan.rule(value) : null;
  const valueFix = issue?.fix;
  if (control) {
    const fix = valueFix ?? value;
    out.push(cellFinding({ code: control.code, fix }, place, origin));
  }
  if (start !== null) out.push(cellFinding({ code: "formula-like", params: { start } }, place, origin));
  else if (isExcelErrorValue(value)) out.push(cellFinding({ code: "excel-error-value" }, place, origin));
  if (issue) out.push(cellFinding(issue, place, origin));
  if (padded && !plan.deferWhitespace && !control && valueFix === undefined)
    out.push(cellFinding({ code: "whitespace", fix: value }, place, origin));
  return value;
}
