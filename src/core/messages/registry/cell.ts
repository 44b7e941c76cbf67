// Any cell, whatever its column: emptiness, invisible characters, formula starts, stray bytes.
import { CELL, CELL_FIX, defineFindings } from "../spec";

export const CELL_FINDINGS = defineFindings({
  "required-missing": {
    severity: "error",
    params: CELL,
    title: "Required value missing",
    message: "Required field {column} missing",
  },
  "required-missing-when-help": {
    severity: "error",
    params: CELL,
    title: "Required for Microsoft help",
    message: "Required field {column} missing: it is needed when Microsoft help required? is Yes.",
  },
  "required-missing-when-substatus": {
    severity: "error",
    params: { ...CELL, substatus: "text" },
    title: "Required for this substatus",
    message: "Required field {column} missing: it is needed when Partner Referral Substatus is {substatus}.",
  },
  "required-missing-services": {
    severity: "error",
    params: CELL,
    title: "Partner role, area and play incomplete",
    message: "Required field {column} missing: Partner role, Solution area and Solution play go together.",
  },
  "column-missing-for-row": {
    severity: "error",
    params: { column: "text" },
    title: "Column this row needs is missing",
    message: "Column {column} is missing but this row needs it.",
  },
  whitespace: {
    severity: "notice",
    params: CELL,
    title: "Spaces at start or end",
    message: '{column} value "{value}" has spaces at the start or end.',
  },
  "control-character": {
    severity: "warning",
    params: CELL,
    title: "Invisible control character",
    message: '{column} value "{value}" contains an invisible control character.',
  },
  "stray-byte": {
    severity: "warning",
    params: { ...CELL, bytes: "text", chars: "text" },
    title: "Character that may be wrong",
    message:
      '{column} value "{value}" contains {bytes}, which is not UTF-8; read as Windows-1252 it became "{chars}": check that this is the character meant.',
  },
  "line-break": {
    severity: "warning",
    params: CELL_FIX,
    title: "Line break outside Notes",
    message:
      '{column} value "{value}" contains a line break, which only Notes columns may hold; it will become "{fix}".',
  },
  "formula-like": {
    severity: "warning",
    params: { ...CELL, start: "text" },
    title: "Value looks like a formula",
    message:
      '{column} value "{value}" starts with "{start}", so a spreadsheet that opens the file may run it as a formula.',
  },
  "excel-error-value": {
    severity: "warning",
    params: CELL,
    title: "Excel error value",
    message:
      '{column} value "{value}" is an Excel error value: the original data was lost in a spreadsheet; type the value again.',
  },
  "cells-beyond-header": {
    severity: "warning",
    params: { ...CELL, count: "number" },
    title: "Cells past the last column",
    message: "This row has {count} filled cells to the right of the last header column.",
  },
});
