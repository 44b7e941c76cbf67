// Control characters Partner Center would store invisibly. Line breaks are fine in Notes fields.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether a trimmed value holds a control character that does not belong in its column. */
export function hasControlCharacter(value: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_EXCEPT_LINE_BREAKS : ANY_CONTROL).test(value);
}
