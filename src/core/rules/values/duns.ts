import type { ValueIssue } from "./issue";

const DIGITS = /^\d+$/;
const SEPARATORS = /[\s-]/g;

/** 9 digits. Fewer: leading zeros were probably lost (warning, padded fix). Non-digits: error. */
export function checkDuns(value: string): ValueIssue | null {
  if (DIGITS.test(value)) {
    if (value.length === 9) return null;
    return value.length < 9 ? { code: "duns-short", fix: value.padStart(9, "0") } : { code: "duns-invalid" };
  }
  // "08-146-6849" is the printed form of a D-U-N-S number: offer the digits.
  const digits = value.replace(SEPARATORS, "");
  return DIGITS.test(digits) && digits.length === 9
    ? { code: "duns-invalid", fix: digits }
    : { code: "duns-invalid" };
}
