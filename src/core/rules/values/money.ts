import type { ValueIssue } from "./issue";
import { unclearAmount } from "./moneyUnclear";

const PLAIN = /^\d+(?:\.\d+)?$/;
/** Currency symbols and codes, spaces (`\s` includes no-break and narrow no-break spaces) and `'`. */
const SYMBOLS = /[$€£¥₹\s']|\b[A-Z]{3}\b/g;
/**
 * Longer text is not read as a formatted amount ("USD 1,234,567,890.00" has 20 characters): no
 * fix, and no stripping half a million spaces from a 1 MB cell.
 */
const MAX_FORMATTED = 100;
const ZERO = 0x30;
const DOT = 0x2e;
const US_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EU_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+,\d{1,2}$/;
/** One separator before exactly three digits: `1.234` is 1234 in euro locales, 1.234 elsewhere. */
const GROUP_OR_DECIMAL = /^\d{1,3}[.,]\d{3}$/;

/** "12563.00" → "12563", "0.50" → "0.5": the shortest plain form of the same amount. */
function dropTrailingZeros(plain: string): string {
  if (!plain.includes(".")) return plain;
  // A scan from the end: /0+$/ would rescan a long run of zeros from every start (quadratic).
  let end = plain.length;
  while (plain.charCodeAt(end - 1) === ZERO) end--;
  if (plain.charCodeAt(end - 1) === DOT) end--;
  return plain.slice(0, end);
}

/**
 * The plain form of a formatted amount ("$12,563.00" → "12563"), or null when it can't be read
 * safely. Fixes are applied in bulk, so a guess is worse than no fix: `€1.234` and `1,234` could be
 * a thousand times apart, and `1.23457E+11` is Excel's display of a number whose digits are lost.
 */
export function plainAmount(value: string): string | null {
  if (value.length > MAX_FORMATTED) return null;
  const bare = value.replace(SYMBOLS, "");
  if (GROUP_OR_DECIMAL.test(bare)) return null;
  if (PLAIN.test(bare)) return dropTrailingZeros(bare);
  if (US_GROUPED.test(bare)) return dropTrailingZeros(bare.replace(/,/g, ""));
  if (EU_GROUPED.test(bare)) return dropTrailingZeros(bare.replace(/\./g, "").replace(",", "."));
  if (COMMA_DECIMAL.test(bare)) return dropTrailingZeros(bare.replace(",", "."));
  return null;
}

/** Non-negative number, "." decimal point, no symbols or group separators. */
export function checkMoney(value: string): ValueIssue | null {
  if (PLAIN.test(value)) return null;
  if (value.length > MAX_FORMATTED) return { code: "money-invalid" };
  const fix = plainAmount(value);
  if (fix !== null) return { code: "money-format", fix };
  return unclearAmount(value, value.replace(SYMBOLS, "")) ?? { code: "money-invalid" };
}
