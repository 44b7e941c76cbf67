// The account-match review (RULES.md "The processed file"): which findings ask the user to look at
// a row's Final account match, and whether the checked sheet has suggestions to offer at all.
import { accountMatchChoices } from "../../core/processed/accountMatch";
import type { Finding, Table } from "../../core/types";

export const ACCOUNT_MATCH_CODES: ReadonlySet<string> = new Set([
  "account-match-empty",
  "account-match-low-confidence",
]);

/** The rows needing attention, one finding each, in sheet order (findings come sorted). */
export function accountMatchReview(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => ACCOUNT_MATCH_CODES.has(f.code));
}

/** A processed file with at least one record's suggestions: the dropdowns have something to offer. */
export function hasAccountSuggestions(table: Table): boolean {
  return (accountMatchChoices(table)?.rows.length ?? 0) > 0;
}
