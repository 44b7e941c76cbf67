// Cell text that Excel shows exactly as written when it opens a CSV by double-click. Excel turns
// `00123` into 123, `1/2` into a date, `TRUE` into a boolean and runs `=…` as a formula; a
// string-literal formula `="…"` shows the text as it is and runs nothing.

/** Excel's limit on a string literal inside a formula. */
const FORMULA_STRING_LIMIT = 255;
const STARTS_WITH_LETTER = /^\p{L}/u;
const FORMULA_START = /^[=+\-@\t\r]/;
const BOOLEAN = /^(?:true|false)$/i;
/** `Mar 3`, `March-2026`: a word followed by a number, which Excel may read as a date. */
const WORD_THEN_NUMBER = /^\p{L}{3,9}[\s\-/.]*\d/u;

function excelWouldReinterpret(value: string): boolean {
  return !STARTS_WITH_LETTER.test(value) || BOOLEAN.test(value) || WORD_THEN_NUMBER.test(value);
}

/**
 * The text to put in a report CSV cell so that Excel shows `value` unchanged. Values too long (or
 * multi-line) for a formula literal keep their text; one that would run as a formula gets a leading
 * apostrophe instead, the OWASP advice for CSV injection.
 */
export function textSafeForExcel(value: string): string {
  if (value === "" || !excelWouldReinterpret(value)) return value;
  if (value.length <= FORMULA_STRING_LIMIT && !/[\r\n]/.test(value)) return `="${value.replace(/"/g, '""')}"`;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
