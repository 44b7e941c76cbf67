// Files mix line endings: Excel writes CRLF, a hand edit on a Mac or Linux adds LF, old Mac
// exports use CR. PapaParse splits on one newline only, so in a mixed file every line break
// between rows becomes LF before parsing; line breaks inside quoted fields are cell content and
// stay exactly as written. A file with one kind of break between rows is parsed as it is.
import type { Delimiter } from "./types";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** What String.prototype.trim() removes: PapaParse allows it between a closing quote and a delimiter. */
export function isTrimmable(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The index just after the quote that closes the quoted field whose content starts at `from`, or
 * the text's length when it is never closed. As PapaParse reads it: `""` is a quote, and a quote
 * closes the field only when (whitespace and) a delimiter, a line break or the end follows it.
 */
function afterQuotedField(text: string, from: number, delimiter: number): number {
  let search = from;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote < 0) return text.length;
    if (quote === text.length - 1) return text.length;
    if (text.charCodeAt(quote + 1) === QUOTE) {
      search = quote + 2;
      continue;
    }
    let next = quote + 1;
    let c = text.charCodeAt(next);
    while (next < text.length && c !== delimiter && c !== CR && c !== LF && isTrimmable(c))
      c = text.charCodeAt(++next);
    if (c === delimiter || c === CR || c === LF) return quote + 1;
    // Anything else: PapaParse calls the quote malformed and keeps looking (the reader then refuses).
    search = quote + 1;
  }
}

export type Newline = "\r\n" | "\n" | "\r";

interface RowBreaks {
  /** Where the CRs between rows are (each alone or the first half of a CR LF). */
  crs: number[];
  crlf: boolean;
  loneCr: boolean;
  loneLf: boolean;
}

const isFieldStart = (text: string, at: number, delimiter: number): boolean => {
  const before = text.charCodeAt(at - 1);
  return at === 0 || before === delimiter || before === LF || before === CR;
};

/**
 * The line breaks outside quoted fields, in one walk that jumps from break to break and from quote
 * to quote (native indexOf) instead of looking at every character. A quote opens a field only at
 * the field's start, as in PapaParse (`5" screen` is a plain cell).
 */
function rowBreaks(text: string, delimiter: number): RowBreaks {
  const found: RowBreaks = { crs: [], crlf: false, loneCr: false, loneLf: false };
  let cr = text.indexOf("\r");
  let lf = text.indexOf("\n");
  let quote = text.indexOf('"');
  for (;;) {
    const lineBreak = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (lineBreak < 0) return found;
    if (quote >= 0 && quote < lineBreak) {
      if (isFieldStart(text, quote, delimiter)) {
        const end = afterQuotedField(text, quote + 1, delimiter);
        // Line breaks inside the field are the cell's own.
        if (cr >= 0 && cr < end) cr = text.indexOf("\r", end);
        if (lf >= 0 && lf < end) lf = text.indexOf("\n", end);
        quote = text.indexOf('"', end);
      } else {
        quote = text.indexOf('"', quote + 1);
      }
    } else if (lineBreak === cr) {
      found.crs.push(cr);
      if (lf === cr + 1) {
        found.crlf = true;
        lf = text.indexOf("\n", lf + 1);
      } else {
        found.loneCr = true;
      }
      cr = text.indexOf("\r", cr + 1);
    } else {
      found.loneLf = true;
      lf = text.indexOf("\n", lf + 1);
    }
  }
}

/**
 * The text for PapaParse and the one newline to split it on. When rows end in one kind of break
 * (all CR LF, all LF or all CR: the usual case) the text is returned as it is, with that newline.
 * When they mix, every CR LF or CR between rows becomes LF (a copy), each still one break, so row
 * numbers do not move; breaks inside quoted fields are left exactly as written.
 */
export function withOneNewline(text: string, delimiter: Delimiter): { text: string; newline: Newline } {
  if (text.indexOf("\r") < 0) return { text, newline: "\n" };
  if (text.indexOf("\n") < 0) return { text, newline: "\r" };
  const found = rowBreaks(text, delimiter.charCodeAt(0));
  const kinds = Number(found.crlf) + Number(found.loneCr) + Number(found.loneLf);
  if (kinds <= 1) return { text, newline: found.crlf ? "\r\n" : found.loneCr ? "\r" : "\n" };
  const parts: string[] = [];
  let copied = 0;
  for (const cr of found.crs) {
    parts.push(text.slice(copied, cr));
    copied = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
  }
  parts.push(text.slice(copied));
  return { text: parts.join("\n"), newline: "\n" };
}
