// The header row: one finding per header cell, or per column the header lacks.
import { CELL, defineFindings } from "../spec";

export const HEADER_FINDINGS = defineFindings({
  "header-not-canonical": {
    severity: "notice",
    params: CELL,
    title: "Column header spelled differently",
    message: 'Column header "{value}" is spelled "{column}" in the template.',
  },
  "header-duplicate": {
    severity: "error",
    params: { ...CELL, first: "text" },
    title: "Duplicate column",
    message: 'Column {column} appears more than once (header "{value}", first in column {first}).',
  },
  "header-unknown": {
    severity: "warning",
    params: CELL,
    title: "Unknown column",
    message: 'Column header "{value}" is not a co-sell template column.',
  },
  "header-unknown-suggest": {
    severity: "warning",
    params: { ...CELL, suggestion: "text" },
    title: "Unknown column, likely a typo",
    message: 'Column header "{value}" is not a co-sell template column; did you mean "{suggestion}"?',
  },
  "header-blank": {
    severity: "warning",
    params: {},
    title: "Column without a header",
    message: "A column with values has an empty header.",
  },
  "header-missing-required": {
    severity: "error",
    params: { column: "text" },
    title: "Required column missing",
    message: "Required column {column} is missing from the header row.",
  },
  "header-missing-new-template": {
    severity: "error",
    params: { column: "text" },
    title: "New template column missing",
    message:
      "Column {column} is missing: old templates don't work, download the new template in Partner Center.",
  },
  "header-missing-conditional": {
    severity: "warning",
    params: { column: "text" },
    title: "Conditionally required column missing",
    message: "Column {column} is missing; rows that need it will be rejected.",
  },
  "header-number-out-of-range": {
    severity: "error",
    params: { ...CELL, max: "number" },
    title: "Column number out of range",
    message: 'Column header "{value}" is out of range: {column} numbers go from 1 to {max}.',
  },
  "header-number-gap": {
    severity: "warning",
    params: { ...CELL, after: "text" },
    title: "Gap in numbered columns",
    message: "Column {column} is missing although {after} is present.",
  },
});
