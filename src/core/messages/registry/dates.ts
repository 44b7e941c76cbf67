// Date columns: severities of the fix and majority codes come from the column's date verdict.
import { CELL, CELL_FIX, defineFindings } from "../spec";

export const DATES_FINDINGS = defineFindings({
  "date-not-canonical": {
    severity: "notice",
    params: { ...CELL_FIX, why: "text" },
    title: "Date not written M/D/YYYY",
    message: '{column} value "{value}" will be written as "{fix}".',
  },
  "date-two-digit-year": {
    severity: "warning",
    params: { ...CELL_FIX, why: "text" },
    title: "Two-digit year",
    message: '{column} value "{value}" has a two-digit year; it is read as "{fix}".',
  },
  "date-reordered": {
    severity: "notice",
    params: { ...CELL_FIX, why: "text" },
    title: "Day-first date reordered",
    message: '{column} value "{value}" is read day-first and will be written as "{fix}".',
  },
  "date-invalid": {
    severity: "error",
    params: { ...CELL, why: "text" },
    title: "Not a date",
    message: '{column} value "{value}" is not a date; write it as M/D/YYYY.',
  },
  "date-impossible": {
    severity: "error",
    params: { ...CELL, why: "text" },
    title: "Date does not exist",
    message: '{column} value "{value}" is not a real calendar date.',
  },
  "date-ambiguous": {
    severity: "error",
    params: { ...CELL, why: "text" },
    title: "Unclear if day or month first",
    message:
      '{column} value "{value}" could be day-first or month-first, and this column has as many dates of each order.',
    action: {
      pane: "In Check, set “Read dates such as 3/4/2025 as” to Month first or Day first and check again, or write this date as YYYY-MM-DD, which reads only one way.",
      cli: "Run again with --date-order mdy (month first) or --date-order dmy (day first), or write this date as YYYY-MM-DD, which reads only one way.",
    },
  },
  "date-majority-month-first": {
    severity: "warning",
    params: { ...CELL, date: "text", proving: "number", against: "number" },
    title: "Read month-first like most dates",
    message:
      '{column} value "{value}" could be day-first or month-first; it is read month-first ({date}) because {proving} dates in this column can only be month-first and {against} only day-first: check it.',
  },
  "date-majority-day-first": {
    severity: "warning",
    params: { ...CELL, date: "text", proving: "number", against: "number" },
    title: "Read day-first like most dates",
    message:
      '{column} value "{value}" could be day-first or month-first; it is read day-first ({date}) because {proving} dates in this column can only be day-first and {against} only month-first: check it.',
  },
});
