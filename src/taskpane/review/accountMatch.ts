// The account-match review (RULES.md "The processed file"): which findings ask the user to look at
// a row's Final account match, and whether the checked sheet has suggestions to offer at all.
import type { Finding } from "../../core/types";

export const ACCOUNT_MATCH_CODES: ReadonlySet<string> = new Set([
  "account-match-empty",
  "account-match-low-confidence",
]);

/** The rows needing attention, one finding each, in sheet order (findings come sorted). */
export function accountMatchReview(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => ACCOUNT_MATCH_CODES.has(f.code));
}
