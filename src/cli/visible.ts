// Cell text goes into the terminal: a raw line break would split a finding over lines, and an
// escape character (ESC [ …) would be obeyed by the terminal. Control characters are shown escaped.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every control character written as an escape (`\n`, `\u0000`, `\u001b`). */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
