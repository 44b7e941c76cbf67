// File level: the CSV reader, the header's place and the record count.
import { defineFindings } from "../spec";

export const FILE_FINDINGS = defineFindings({
  "file-empty": {
    severity: "error",
    params: {},
    title: "Empty file",
    message: "The file is empty.",
  },
  "file-binary": {
    severity: "error",
    params: { kind: "text" },
    title: "Not a CSV text file",
    message: "This file is not a CSV text file; save it from Excel as CSV UTF-8 first.",
  },
  "file-unterminated-quote": {
    severity: "error",
    params: { row: "number" },
    title: "Unclosed quotation mark",
    message: "A quoted value that starts on row {row} is never closed.",
  },
  "file-no-header": {
    severity: "error",
    params: {},
    title: "No header row",
    message: "The file has no header row.",
  },
  "delimiter-not-comma": {
    severity: "notice",
    params: { delimiter: "text" },
    title: "Separator is not a comma",
    message: "Values are separated by {delimiter} instead of commas; saving will use commas.",
  },
  "delimiter-sep-line": {
    severity: "notice",
    params: { delimiter: "text" },
    title: "File starts with a sep= line",
    message:
      "The file starts with a sep= line for {delimiter}; saving leaves it out because Partner Center would read it as the header.",
  },
  "encoding-not-utf8": {
    severity: "warning",
    params: { encoding: "text" },
    title: "File is not UTF-8",
    message: "The file is encoded as {encoding}, not UTF-8; saving will use UTF-8.",
  },
  "file-ends-mid-character": {
    severity: "warning",
    params: {},
    title: "File may be cut off",
    message: "The file ends in the middle of a character, so it may have been cut off; check its last row.",
  },
  "too-many-records": {
    severity: "error",
    params: { count: "number", max: "number", files: "number" },
    title: "Too many records for one file",
    message: "The file has {count} records but Partner Center processes at most {max} per file.",
    action: {
      pane: "Save with “Split into files of at most {max} records” selected: that makes {files} files to upload one by one.",
      cli: "Add --split <folder> to write {files} files of at most {max} records, and upload them one by one.",
    },
  },
  "no-records": {
    severity: "warning",
    params: {},
    title: "No records",
    message: "The file has a header row but no records.",
  },
  "header-row-missing": {
    severity: "error",
    params: {},
    title: "First row is not the header",
    message: "The first row is not the template's header row: it holds no co-sell column name.",
  },
  "header-row-below": {
    severity: "error",
    params: { row: "number" },
    title: "Header row further down",
    message: "The header is on row {row}: delete the rows above it.",
  },
});
