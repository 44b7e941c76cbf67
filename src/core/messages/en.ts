import type { FindingCode } from "./codes";

// English message templates, one sentence each. {placeholders} are filled from Finding.params;
// every cell message names {column} and quotes {value}. Translations copy this shape.
export const en: Record<FindingCode, string> = {
  "file-empty": "The file is empty.",
  "file-binary": "This file is not a CSV text file; save it from Excel as CSV UTF-8 first.",
  "file-unterminated-quote": "A quoted value that starts on row {row} is never closed.",
  "file-no-header": "The file has no header row.",
  "delimiter-not-comma": "Values are separated by {delimiter} instead of commas; saving will use commas.",
  "delimiter-sep-line":
    "The file starts with a sep= line for {delimiter}; saving leaves it out because Partner Center would read it as the header.",
  "encoding-not-utf8": "The file is encoded as {encoding}, not UTF-8; saving will use UTF-8.",
  "file-ends-mid-character":
    "The file ends in the middle of a character, so it may have been cut off; check its last row.",
  "too-many-records":
    "The file has {count} records but Partner Center processes at most {max} per file; split it into {files} files.",
  "no-records": "The file has a header row but no records.",
  "header-not-canonical": 'Column header "{value}" is spelled "{column}" in the template.',
  "header-duplicate": 'Column {column} appears more than once (header "{value}", first in column {first}).',
  "header-unknown": 'Column header "{value}" is not a co-sell template column.',
  "header-unknown-suggest":
    'Column header "{value}" is not a co-sell template column; did you mean "{suggestion}"?',
  "header-blank": "A column with values has an empty header.",
  "header-missing-required": "Required column {column} is missing from the header row.",
  "header-missing-new-template":
    "Column {column} is missing: old templates don't work, download the new template in Partner Center.",
  "header-missing-conditional": "Column {column} is missing; rows that need it will be rejected.",
  "header-number-out-of-range":
    'Column header "{value}" is out of range: {column} numbers go from 1 to {max}.',
  "header-number-gap": "Column {column} is missing although {after} is present.",
  "header-row-missing": "The first row is not the template's header row: it holds no co-sell column name.",
  "header-row-below": "The header is on row {row}: delete the rows above it.",
  "required-missing": "Required field {column} missing",
  "required-missing-when-help":
    "Required field {column} missing: it is needed when Microsoft help required? is Yes.",
  "required-missing-when-substatus":
    "Required field {column} missing: it is needed when Partner Referral Substatus is {substatus}.",
  "required-missing-services":
    "Required field {column} missing: Partner role, Solution area and Solution play go together.",
  "column-missing-for-row": "Column {column} is missing but this row needs it.",
  whitespace: '{column} value "{value}" has spaces at the start or end.',
  "control-character": '{column} value "{value}" contains an invisible control character.',
  "stray-byte":
    '{column} value "{value}" contains {bytes}, which is not UTF-8; read as Windows-1252 it became "{chars}": check that this is the character meant.',
  "line-break":
    '{column} value "{value}" contains a line break, which only Notes columns may hold; it will become "{fix}".',
  "formula-like":
    '{column} value "{value}" starts with "{start}", so a spreadsheet that opens the file may run it as a formula.',
  "excel-error-value":
    '{column} value "{value}" is an Excel error value: the original data was lost in a spreadsheet; type the value again.',
  "cells-beyond-header": "This row has {count} filled cells to the right of the last header column.",
  "not-canonical": '{column} value "{value}" will be written as "{fix}".',
  "invalid-value": '{column} value "{value}" is not one of the allowed values.',
  "invalid-yes-no": '{column} value "{value}" must be Yes or No.',
  "value-retired": '{column} value "{value}" is no longer listed by Partner Center.',
  "country-not-alpha2": '{column} value "{value}" must be a two-letter country code: use "{fix}".',
  "country-invalid": '{column} value "{value}" is not a two-letter ISO country code.',
  "currency-invalid": '{column} value "{value}" is not an ISO 4217 currency code.',
  "money-format":
    '{column} value "{value}" must be a plain number without symbols or separators: use "{fix}".',
  "money-invalid": '{column} value "{value}" is not a non-negative number.',
  "duns-short": '{column} value "{value}" has fewer than 9 digits; leading zeros were probably lost.',
  "duns-invalid": '{column} value "{value}" must be 9 digits.',
  "email-invalid": '{column} value "{value}" is not a valid email address.',
  "phone-invalid": '{column} value "{value}" should contain only digits, spaces and + - ( ) .',
  "digits-invalid": '{column} value "{value}" should contain digits only.',
  "sales-stage-format": '{column} value "{value}" will be written as "{fix}".',
  "sales-stage-invalid": '{column} value "{value}" is not one of 10, 20, 40, 60, 80, 100.',
  "domain-not-bare": '{column} value "{value}" should be a bare domain such as "{fix}".',
  "domain-invalid": '{column} value "{value}" does not look like a domain name.',
  "final-account-match-invalid":
    '{column} value "{value}" is invalid: the only acceptable format for a Microsoft ID is MicrosoftID: Number-Alphanumeric.',
  "code-invalid": '{column} value "{value}" must be a whole number from 1 to {max}.',
  "solution-id-missing": '{column} value "{value}" has no Solution ID.',
  "solution-currency-invalid":
    '{column} value "{value}" has currency "{part}", which is not an ISO 4217 code.',
  "solution-price-invalid":
    '{column} value "{value}" has price "{part}", which is not a non-negative number.',
  "solution-quantity-invalid":
    '{column} value "{value}" has quantity "{part}", which is not a positive whole number.',
  "solution-too-many-parts":
    '{column} value "{value}" has {count} parts; use Solution ID, Currency, Price, Quantity.',
  "team-member-incomplete":
    '{column} value "{value}" must have four parts: First name, Last name, Mobile number, Email.',
  "team-member-email-invalid": '{column} value "{value}" has email "{part}", which is not a valid address.',
  "date-not-canonical": '{column} value "{value}" will be written as "{fix}".',
  "date-two-digit-year": '{column} value "{value}" has a two-digit year; it is read as "{fix}".',
  "date-reordered": '{column} value "{value}" is read day-first and will be written as "{fix}".',
  "date-invalid": '{column} value "{value}" is not a date; write it as M/D/YYYY.',
  "date-impossible": '{column} value "{value}" is not a real calendar date.',
  "date-ambiguous":
    '{column} value "{value}" could be day-first or month-first, and this column has as many dates of each order; choose Month first or Day first in the settings (--date-order mdy or dmy) or write it as M/D/YYYY.',
  "date-majority-month-first":
    '{column} value "{value}" could be day-first or month-first; it is read month-first ({date}) because {proving} dates in this column can only be month-first and {against} only day-first: check it.',
  "date-majority-day-first":
    '{column} value "{value}" could be day-first or month-first; it is read day-first ({date}) because {proving} dates in this column can only be day-first and {against} only month-first: check it.',
  "service-value-unlisted": '{column} value "{value}" is not on the list of known values.',
  "solution-play-wrong-area": '{column} value "{value}" belongs to solution area "{area}", not "{chosen}".',
  "status-substatus-mismatch":
    '{column} value "{value}" is not allowed with Partner Referral Status "{status}"; use {allowed}.',
  "create-row-status":
    'A new deal should have status New and substatus Accepted, not "{status}" / "{value}".',
  "reason-code-not-needed":
    '{column} value "{value}" is only used when Partner Referral Substatus is Declined, Lost or Error.',
  "help-code-not-needed": '{column} value "{value}" is only used when Microsoft help required? is Yes.',
  "help-not-shared":
    '{column} value "{value}" conflicts with Microsoft help required? Yes: a co-sell request is always shared.',
  "consent-no": '{column} value "{value}": deals won\'t be created or updated if you choose No.',
  "partner-center-error": "Partner Center rejected this row last time: {message}",
  "referral-id-duplicate": '{column} value "{value}" already appears on row {first}.',
  "create-row-duplicate":
    'This new deal repeats Customer Name "{customer}" and {column} "{value}" from row {first}.',
  "engagement-id-missing": '{column} is empty on a row that updates referral "{referral}".',
  "marketplace-intent-missing":
    "{column} is empty; it is required to create a referral and expected on updates.",
  "terminal-row-edited":
    'Referral "{value}" is already {substatus}: Partner Center will not apply changes to a closed deal; remove the row.',
  "read-only-edited":
    '{column} is read-only here; the change from "{original}" to "{value}" will be ignored.',
};
