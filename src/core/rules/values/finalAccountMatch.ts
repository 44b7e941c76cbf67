import type { ValueIssue } from "./issue";

// "MicrosoftID: 6-ABCDEFG23XB[, AccountName: …, AccountAddress: …]" or a pasted DUNS suggestion.
const MICROSOFT_ID = /^MicrosoftID:\s*\d+-[A-Za-z0-9]+(?:\s*,\s*AccountName:[\s\S]*)?$/;
const DUNS_ID = /^DUNSID:\s*\d+(?:\s*,[\s\S]*)?$/;

export function checkFinalAccountMatch(value: string): ValueIssue | null {
  return MICROSOFT_ID.test(value) || DUNS_ID.test(value) ? null : { code: "final-account-match-invalid" };
}
