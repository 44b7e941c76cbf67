// CSV injection: a cell that Excel, LibreOffice or Google Sheets would run as a formula when the
// file is opened (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`, `-2+3`). Reported, never rewritten: a
// quote prefix would be uploaded to Partner Center as part of the value.

/** After a sign, only characters no formula can be built from: `+1 (425) 555-0100`, `-12.5`. */
const NUMBER_LIKE_AFTER_SIGN = /^[\d\s().,-]*\d[\d\s().,-]*$/;

/** The character that makes a trimmed value formula-like, or null when a spreadsheet keeps it as text. */
export function formulaStart(value: string): string | null {
  const first = value.charAt(0);
  if (first === "=" || first === "@") return first;
  if ((first === "+" || first === "-") && !NUMBER_LIKE_AFTER_SIGN.test(value.slice(1))) return first;
  return null;
}
