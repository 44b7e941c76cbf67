// Amounts whose trouble is their shape rather than their digits, named so that the message can
// say what is wrong and what to write: a leading decimal point (`.5`), and one separator before
// exactly three digits (`12,563`, `€1.234`), which may group thousands or mark decimals.
import type { ValueIssue } from "./issue";

const LEADING_POINT = /^\.\d+$/;
const GROUP_OR_DECIMAL = /^(\d{1,3})([.,])(\d{3})$/;

/** "500" → "5", "000" → "": the decimals of a reading without their trailing zeros. */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === "0") end--;
  return digits.slice(0, end);
}

/**
 * `value` is the trimmed cell, `bare` the same without currency symbols and spaces. Null when the
 * amount is not one of these two shapes (the caller then reports it as not a number).
 */
export function unclearAmount(value: string, bare: string): ValueIssue | null {
  // Only a bare `.5` is a mechanical fix; with a symbol it stays an error, like other symbols.
  if (LEADING_POINT.test(value)) return { code: "money-leading-point", fix: `0${value}` };
  const parts = GROUP_OR_DECIMAL.exec(bare);
  if (!parts) return null;
  const [, whole, separator, three] = parts;
  const decimals = withoutTrailingZeros(three);
  return {
    code: "money-separator-ambiguous",
    params: { separator, thousands: whole + three, decimal: decimals ? `${whole}.${decimals}` : whole },
  };
}
