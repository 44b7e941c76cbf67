import type { ValueIssue } from "./issue";

// "MicrosoftID: 6-ABCDEFG23XB[, AccountName: …, AccountAddress: …]" or a pasted DUNS suggestion.
// Group 1 is the spacing after the colon, group 2 everything after it.
const MICROSOFT_ID = /^MicrosoftID:(\s*)(\d+-[A-Za-z0-9]+(?:\s*,\s*AccountName:[\s\S]*)?)$/;
const DUNS_ID = /^DUNSID:\s*\d+(?:\s*,[\s\S]*)?$/;

export function checkFinalAccountMatch(value: string): ValueIssue | null {
  const microsoftId = MICROSOFT_ID.exec(value);
  if (microsoftId) {
    if (microsoftId[1] === " ") return null;
    // RULES gives "MicrosoftID: <digits>-…". Only the spacing changes, never the ID, so the fix is a
    // safe whitespace normalisation (a notice), and it spares the user Partner Center's format error.
    return { code: "not-canonical", fix: `MicrosoftID: ${microsoftId[2]}`, severity: "notice" };
  }
  return DUNS_ID.test(value) ? null : { code: "final-account-match-invalid" };
}
