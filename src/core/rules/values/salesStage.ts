import { SALES_STAGES } from "../../catalogue/codeLists";
import type { ValueIssue } from "./issue";

const STAGES: ReadonlySet<string> = new Set(SALES_STAGES);
const PERCENT = /^(\d+)(?:\.0+)?\s*%?$/;

/** One of 10, 20, 40, 60, 80, 100; "40%" or "40.0" gets the fix "40"; anything else warns. */
export function checkSalesStage(value: string): ValueIssue | null {
  if (STAGES.has(value)) return null;
  const match = PERCENT.exec(value);
  const stage = match ? String(Number(match[1])) : null;
  return stage !== null && STAGES.has(stage)
    ? { code: "sales-stage-format", fix: stage }
    : { code: "sales-stage-invalid" };
}
