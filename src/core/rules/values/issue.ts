import type { FindingCode } from "../../messages";
import type { MessageParams, Severity } from "../../types";

/** What a value rule says about one trimmed, non-empty cell value. */
export interface ValueIssue {
  code: FindingCode;
  fix?: string;
  params?: MessageParams;
  severity?: Severity;
}

/** A rule for one column's values: called only with trimmed, non-empty text; null = fine. */
export type ValueRule = (value: string) => ValueIssue | null;
