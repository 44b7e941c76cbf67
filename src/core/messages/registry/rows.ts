// Rows as a whole: status pairs, help, consent, duplicates, edits of a processed file.
import { CELL, defineFindings } from "../spec";

export const ROWS_FINDINGS = defineFindings({
  "status-substatus-mismatch": {
    severity: "error",
    params: { ...CELL, status: "text", allowed: "text" },
    title: "Status and substatus don't match",
    message:
      '{column} value "{value}" is not allowed with Partner Referral Status "{status}"; use {allowed}.',
  },
  "create-row-status": {
    severity: "warning",
    params: { ...CELL, status: "text" },
    title: "New deal with the wrong status",
    message: 'A new deal should have status New and substatus Accepted, not "{status}" / "{value}".',
  },
  "reason-code-not-needed": {
    severity: "warning",
    params: CELL,
    title: "Reason not needed for this substatus",
    message:
      '{column} value "{value}" is only used when Partner Referral Substatus is Declined, Lost or Error.',
  },
  "help-code-not-needed": {
    severity: "warning",
    params: CELL,
    title: "Specific help set, but help is No",
    message: '{column} value "{value}" is only used when Microsoft help required? is Yes.',
  },
  "help-not-shared": {
    severity: "warning",
    params: CELL,
    title: "Help requested but not shared",
    message:
      '{column} value "{value}" conflicts with Microsoft help required? Yes: a co-sell request is always shared.',
  },
  "consent-no": {
    severity: "error",
    params: CELL,
    title: "No consent: deal not uploaded",
    message:
      '{column} is "{value}": with No, Partner Center neither creates nor updates this deal. Choose Yes to upload it.',
  },
  "partner-center-error": {
    severity: "warning",
    params: { ...CELL, message: "text" },
    title: "Rejected by Partner Center",
    message: "Partner Center rejected this row last time: {message}",
  },
  "account-match-empty": {
    severity: "notice",
    params: { ...CELL, count: "number" },
    title: "Account match to choose",
    message: "{column} is empty: choose one of the accounts Partner Center suggested for this row ({count}).",
  },
  "account-match-low-confidence": {
    severity: "notice",
    params: CELL,
    title: "Account matched with Low confidence",
    message:
      'Partner Center matched this customer with Low confidence: check {column} "{value}" or choose another of this row\'s suggestions.',
  },
  "referral-id-duplicate": {
    severity: "error",
    params: { ...CELL, first: "number" },
    title: "Duplicate referral ID",
    message: '{column} value "{value}" already appears on row {first}.',
  },
  "create-row-duplicate": {
    severity: "warning",
    params: { ...CELL, customer: "text", first: "number" },
    title: "Possible duplicate new deal",
    message: 'This new deal repeats Customer Name "{customer}" and {column} "{value}" from row {first}.',
  },
  "engagement-id-missing": {
    severity: "warning",
    params: { ...CELL, referral: "text" },
    title: "Engagement ID missing",
    message: '{column} is empty on a row that updates referral "{referral}".',
  },
  "marketplace-intent-missing": {
    severity: "warning",
    params: CELL,
    title: "Marketplace purchase intent missing",
    message: "{column} is empty; it is required to create a referral and expected on updates.",
  },
  "terminal-row-edited": {
    severity: "warning",
    params: { ...CELL, substatus: "text" },
    title: "Closed deal changed",
    message:
      'Referral "{value}" is already {substatus}: Partner Center will not apply changes to a closed deal; remove the row.',
  },
  "read-only-edited": {
    severity: "warning",
    params: { ...CELL, original: "text" },
    title: "Read-only column changed",
    message: '{column} is read-only here; the change from "{original}" to "{value}" will be ignored.',
  },
});
