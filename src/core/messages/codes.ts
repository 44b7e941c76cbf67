import type { Severity } from "../types";

/**
 * Every finding code the engine (and the CSV reader) can produce, with its usual severity.
 * Date codes take their severity from the date verdict; the value here is the default.
 */
export const FINDING_SEVERITY = {
  // File level (the CSV reader produces the first seven).
  "file-empty": "error",
  "file-binary": "error",
  "file-unterminated-quote": "error",
  "file-no-header": "error",
  "delimiter-not-comma": "notice",
  "delimiter-sep-line": "notice",
  "encoding-not-utf8": "warning",
  "too-many-records": "error",
  "no-records": "warning",
  // Header row.
  "header-not-canonical": "notice",
  "header-duplicate": "error",
  "header-unknown": "warning",
  "header-unknown-suggest": "warning",
  "header-blank": "warning",
  "header-missing-required": "error",
  "header-missing-new-template": "error",
  "header-missing-conditional": "warning",
  "header-number-out-of-range": "error",
  "header-number-gap": "warning",
  // Any cell.
  "required-missing": "error",
  "required-missing-when-help": "error",
  "required-missing-when-substatus": "error",
  "required-missing-services": "error",
  "column-missing-for-row": "error",
  whitespace: "notice",
  "control-character": "warning",
  "formula-like": "warning",
  "cells-beyond-header": "warning",
  // Values.
  "not-canonical": "notice",
  "invalid-value": "error",
  "invalid-yes-no": "error",
  "value-retired": "warning",
  "country-not-alpha2": "error",
  "country-invalid": "error",
  "currency-invalid": "error",
  "money-format": "error",
  "money-invalid": "error",
  "duns-short": "warning",
  "duns-invalid": "error",
  "email-invalid": "error",
  "phone-invalid": "warning",
  "digits-invalid": "warning",
  "sales-stage-format": "notice",
  "sales-stage-invalid": "warning",
  "domain-not-bare": "warning",
  "domain-invalid": "warning",
  "final-account-match-invalid": "error",
  "code-invalid": "error",
  "solution-id-missing": "error",
  "solution-currency-invalid": "error",
  "solution-price-invalid": "error",
  "solution-quantity-invalid": "error",
  "solution-too-many-parts": "error",
  "team-member-incomplete": "error",
  "team-member-email-invalid": "error",
  "date-not-canonical": "notice",
  "date-two-digit-year": "warning",
  "date-reordered": "notice",
  "date-invalid": "error",
  "date-impossible": "error",
  "date-ambiguous": "error",
  "service-value-unlisted": "warning",
  "solution-play-wrong-area": "warning",
  // Rows.
  "status-substatus-mismatch": "error",
  "create-row-status": "warning",
  "reason-code-not-needed": "warning",
  "help-code-not-needed": "warning",
  "help-not-shared": "warning",
  "consent-no": "error",
  // Partner Center's own verdict, from the Errors column of a processed file.
  "partner-center-error": "error",
  "referral-id-duplicate": "error",
  "create-row-duplicate": "warning",
  "engagement-id-missing": "warning",
  "marketplace-intent-missing": "warning",
  "terminal-row-edited": "warning",
  "read-only-edited": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];
