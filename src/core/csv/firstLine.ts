// One look at the header line decides how the rest of the file is split. Partner Center's
// headers contain no commas or semicolons, so the separator that occurs there (outside quotes)
// is the file's delimiter; European Excel writes `;`, "Unicode Text" writes tabs.
import type { Delimiter } from "./types";

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The delimiter the header line uses (line breaks are normalised later: lineBreaks.ts). A quote
 * opens a quoted field only at the start of a field, as in RFC 4180: the quote in `Partner's "A"`
 * is part of the text and must not hide the separators after it.
 */
export function firstLineDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE)
        i++; // a doubled quote is one quote character
      else inQuotes = false;
      continue;
    }
    if (c === LF || c === CR) break;
    const wasStart = fieldStart;
    fieldStart = c === COMMA || c === SEMICOLON || c === TAB;
    if (c === QUOTE && wasStart) inQuotes = true;
    else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === TAB) tabs++;
  }
  // Ties go to the comma (the standard), then the semicolon (more common than tab in CSV files).
  let delimiter: Delimiter = ",";
  if (semicolons > commas && semicolons >= tabs) delimiter = ";";
  else if (tabs > commas && tabs > semicolons) delimiter = "\t";
  return delimiter;
}

/** Excel's `sep=;` first line names the delimiter and is not part of the table. */
export function readSepLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const match = /^sep=([,;\t])(?:\r\n|\n|\r|$)/i.exec(text.slice(0, 8));
  if (!match) return null;
  return { delimiter: match[1] as Delimiter, rest: text.slice(match[0].length) };
}

/** Drops one line break at the very end: the terminator of the last record, not an empty row. */
export function withoutFinalLineBreak(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last === LF) return text.slice(0, text.charCodeAt(text.length - 2) === CR ? -2 : -1);
  if (last === CR) return text.slice(0, -1);
  return text;
}
