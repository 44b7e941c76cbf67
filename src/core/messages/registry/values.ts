// One column's values: each value rule's verdict on a trimmed, non-empty cell.
import { CELL, CELL_FIX, defineFindings } from "../spec";

export const VALUES_FINDINGS = defineFindings({
  "not-canonical": {
    severity: "notice",
    params: CELL_FIX,
    title: "Value not in standard form",
    message: '{column} value "{value}" will be written as "{fix}".',
  },
  "invalid-value": {
    severity: "error",
    params: CELL,
    title: "Value not allowed",
    message: '{column} value "{value}" is not one of the allowed values.',
  },
  "invalid-yes-no": {
    severity: "error",
    params: CELL,
    title: "Not Yes or No",
    message: '{column} value "{value}" must be Yes or No.',
  },
  "value-retired": {
    severity: "warning",
    params: CELL,
    title: "Value no longer listed",
    message: '{column} value "{value}" is no longer listed by Partner Center.',
  },
  "country-not-alpha2": {
    severity: "error",
    params: CELL_FIX,
    title: "Country not a 2-letter code",
    message: '{column} value "{value}" must be a two-letter country code: use "{fix}".',
  },
  "country-invalid": {
    severity: "error",
    params: { ...CELL, candidates: "text?" },
    title: "Unknown country code",
    message: '{column} value "{value}" is not a known two-letter country code such as US or DE.',
  },
  "currency-invalid": {
    severity: "error",
    params: CELL,
    title: "Unknown currency code",
    message: '{column} value "{value}" is not a known currency code such as USD or EUR.',
  },
  "money-format": {
    severity: "error",
    params: CELL_FIX,
    title: "Amount has symbols or separators",
    message: '{column} value "{value}" must be a plain number without symbols or separators: use "{fix}".',
  },
  "money-invalid": {
    severity: "error",
    params: CELL,
    title: "Amount not a valid number",
    message: '{column} value "{value}" is not a non-negative number.',
  },
  "money-leading-point": {
    severity: "notice",
    params: CELL_FIX,
    title: "Amount starts with a decimal point",
    message: '{column} value "{value}" has no digit before its decimal point; it will be written as "{fix}".',
  },
  "money-separator-ambiguous": {
    severity: "error",
    params: { ...CELL, separator: "text", thousands: "text", decimal: "text" },
    title: "Unclear thousands or decimals",
    message:
      '{column} value "{value}" is unclear: the "{separator}" before the last three digits may separate thousands ({thousands}) or mark decimals ({decimal}); write {thousands} or {decimal}, with no thousands separator and "." for decimals.',
  },
  "money-dot-thousands": {
    severity: "warning",
    params: { ...CELL, thousands: "text" },
    title: "Decimal point or thousands separator?",
    message:
      '{column} value "{value}" is read as a decimal number, but in this semicolon-separated file "." may separate thousands: if you meant {thousands}, write {thousands}.',
  },
  "duns-short": {
    severity: "warning",
    params: CELL,
    title: "D-U-N-S number too short",
    message: '{column} value "{value}" has fewer than 9 digits; leading zeros were probably lost.',
  },
  "duns-invalid": {
    severity: "error",
    params: CELL,
    title: "Invalid D-U-N-S number",
    message: '{column} value "{value}" must be 9 digits.',
  },
  "email-invalid": {
    severity: "error",
    params: CELL,
    title: "Invalid email address",
    message: '{column} value "{value}" is not a valid email address.',
  },
  "phone-invalid": {
    severity: "warning",
    params: CELL,
    title: "Invalid phone number",
    message: '{column} value "{value}" should contain only digits, spaces and + - ( ) .',
  },
  "digits-invalid": {
    severity: "warning",
    params: CELL,
    title: "Digits only expected",
    message: '{column} value "{value}" should contain digits only.',
  },
  "sales-stage-format": {
    severity: "notice",
    params: CELL_FIX,
    title: "Sales stage not in standard form",
    message: '{column} value "{value}" will be written as "{fix}".',
  },
  "sales-stage-invalid": {
    severity: "warning",
    params: CELL,
    title: "Unknown sales stage",
    message: '{column} value "{value}" is not one of 10, 20, 40, 60, 80, 100.',
  },
  "domain-not-bare": {
    severity: "warning",
    params: CELL_FIX,
    title: "Domain has extra parts",
    message: '{column} value "{value}" should be a bare domain such as "{fix}".',
  },
  "domain-invalid": {
    severity: "warning",
    params: CELL,
    title: "Invalid domain name",
    message: '{column} value "{value}" does not look like a domain name.',
  },
  "final-account-match-invalid": {
    severity: "error",
    params: CELL,
    title: "Wrong Microsoft ID format",
    message:
      '{column} value "{value}" is invalid: the only acceptable format for a Microsoft ID is MicrosoftID: Number-Alphanumeric.',
  },
  "code-invalid": {
    severity: "error",
    params: { ...CELL, max: "number" },
    title: "Code number out of range",
    message: '{column} value "{value}" must be a whole number from 1 to {max}.',
  },
  "solution-id-missing": {
    severity: "error",
    params: CELL,
    title: "Solution ID missing",
    message: '{column} value "{value}" has no Solution ID.',
  },
  "solution-currency-invalid": {
    severity: "error",
    params: { ...CELL, part: "text" },
    title: "Invalid solution currency",
    message:
      '{column} value "{value}" has currency "{part}", which is not a known currency code such as USD or EUR.',
  },
  "solution-price-invalid": {
    severity: "error",
    params: { ...CELL, part: "text" },
    title: "Invalid solution price",
    message: '{column} value "{value}" has price "{part}", which is not a non-negative number.',
  },
  "solution-quantity-invalid": {
    severity: "error",
    params: { ...CELL, part: "text" },
    title: "Invalid solution quantity",
    message: '{column} value "{value}" has quantity "{part}", which is not a positive whole number.',
  },
  "solution-too-many-parts": {
    severity: "error",
    params: { ...CELL, count: "number" },
    title: "Too many parts in a solution",
    message: '{column} value "{value}" has {count} parts; use Solution ID, Currency, Price, Quantity.',
  },
  "team-member-incomplete": {
    severity: "error",
    params: CELL,
    title: "Team member details incomplete",
    message: '{column} value "{value}" must have four parts: First name, Last name, Mobile number, Email.',
  },
  "team-member-email-invalid": {
    severity: "error",
    params: { ...CELL, part: "text" },
    title: "Invalid team member email",
    message: '{column} value "{value}" has email "{part}", which is not a valid address.',
  },
  "service-value-unlisted": {
    severity: "warning",
    params: CELL,
    title: "Value not on the known list",
    message: '{column} value "{value}" is not on the list of known values.',
  },
  "solution-play-wrong-area": {
    severity: "warning",
    params: { ...CELL, area: "text", chosen: "text" },
    title: "Solution play from another area",
    message: '{column} value "{value}" belongs to solution area "{area}", not "{chosen}".',
  },
});
