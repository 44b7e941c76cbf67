// CSV injection: a cell starting with `=` is run as a formula by Excel, LibreOffice or Google
// Sheets when the file is opened. Reported, never rewritten: a quote prefix would be uploaded to
// Partner Center as part of the value. `+`, `-` and `@` starts are ordinary text in this data
// (`+1 425 555 0100`, `- bullet` notes, `@Home Networks Ltd`): RULES.md never flags them.

/** The character that makes a trimmed value formula-like, or null when a spreadsheet keeps it as text. */
export function formulaStart(value: string): string | null {
  return value.charCodeAt(0) === 0x3d ? "=" : null;
}

/**
 * What Excel shows in place of a value it could not compute; in a CSV it means the real value was
 * lost before the file was saved. The first ten are the classic set; the rest are newer Excel's.
 */
const EXCEL_ERROR_VALUES = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Longest entry above: longer values are never error values (and are not upper-cased). */
const LONGEST_ERROR_VALUE = 13;

/** Whether a trimmed value is exactly an Excel error value (any case, as a user may retype it). */
export function isExcelErrorValue(value: string): boolean {
  return (
    value.length <= LONGEST_ERROR_VALUE &&
    value.charCodeAt(0) === 0x23 &&
    EXCEL_ERROR_VALUES.has(value.toUpperCase())
  );
}
