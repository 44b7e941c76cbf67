// Table → CSV text in the form Partner Center's upload reads (RFC 4180: comma, CRLF, quotes
// doubled inside quoted fields).

/**
 * Quote a field when it holds a comma, quote or line break (RFC 4180), and also when it holds a
 * semicolon or tab (so our own reader, which guesses the delimiter from the header line, can never
 * mistake the file for a semicolon/tab file) or starts/ends with whitespace (some CSV readers trim
 * unquoted fields; quoting keeps the cell exactly as the user left it).
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The first cell must not look like Excel's `sep=` line or a second BOM when read back. */
function firstField(value: string): string {
  return /^(?:sep=|\ufeff)/i.test(value) ? `"${value.replace(/"/g, '""')}"` : field(value);
}

/**
 * With `bom` (the default) the text starts with U+FEFF: Excel opens BOM-less UTF-8 as the ANSI
 * code page on Windows and mangles accented customer names, and Partner Center's upload accepts
 * the BOM. Every row, the last included, ends with CRLF. Ragged rows are written as they are.
 */
export function writeCsv(table: { rows: string[][] }, options: { bom?: boolean } = {}): string {
  const lines = table.rows.map((row, r) =>
    row.map((value, c) => (r === 0 && c === 0 ? firstField(value) : field(value))).join(","),
  );
  const body = lines.length === 0 ? "" : lines.join("\r\n") + "\r\n";
  return ((options.bom ?? true) ? "\ufeff" : "") + body;
}
