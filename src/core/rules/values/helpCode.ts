import { HELP_CODES } from "../../catalogue/codeLists";
import type { ValueIssue } from "./issue";

const VALID: ReadonlySet<string> = new Set(HELP_CODES.map((c) => String(c.code)));

/** What specific help from Microsoft?: a whole number 1–6. */
export function checkHelpCode(value: string): ValueIssue | null {
  return VALID.has(value) ? null : { code: "code-invalid", params: { max: HELP_CODES.length } };
}
