// Control characters Partner Center would store invisibly (C0, DEL and C1; NUL included). Line
// breaks are fine in Notes fields; anywhere else they are reported on their own, since "invisible
// control character" would not tell the user that a cell holds two lines.

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0009\v\f\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]+/g;
const TABS = /\t/g;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f]/g;

export type ControlIssue = { code: "control-character" | "line-break"; fix: string } | null;

/** Whether a trimmed value holds a control character that does not belong in its column. */
export function hasControlCharacter(value: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_EXCEPT_LINE_BREAKS : ANY_CONTROL).test(value);
}

/**
 * What is wrong with a trimmed value's control characters, and the text without them: a tab or a
 * run of line breaks (outside Notes) becomes one space, anything else is removed. `line-break`
 * when line breaks are the only trouble. Every regular expression here is one character class:
 * linear in the cell's length.
 */
export function controlIssue(value: string, multiline: boolean): ControlIssue {
  if (!hasControlCharacter(value, multiline)) return null;
  let fix = value.replace(TABS, " ").replace(OTHER_CONTROLS, "");
  const onlyLineBreaks = fix.length === value.length && !value.includes("\t");
  if (!multiline) fix = fix.replace(LINE_BREAKS, " ");
  fix = fix.trim();
  return { code: onlyLineBreaks && LINE_BREAK.test(value) ? "line-break" : "control-character", fix };
}
