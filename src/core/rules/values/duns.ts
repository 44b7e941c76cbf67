import type { ValueIssue } from "./issue";

const DIGITS = /^\d+$/;
const SEPARATORS = /[\s-]/g;
/** Longest printed form worth reading ("0 8 - 1 4 6 - 6 8 4 9" has 21 characters). */
const MAX_PRINTED = 40;

/** 9 digits. Fewer: leading zeros were probably lost (warning, padded fix). Non-digits: error. */
export function checkDuns(value: string): ValueIssue | null {
  if (DIGITS.test(value)) {
    if (value.length === 9) return null;
    return value.length < 9 ? { code: "duns-short", fix: value.padStart(9, "0") } : { code: "duns-invalid" };
  }
  // "08-146-6849" is the printed form of a D-U-N-S number: offer the digits.
  if (value.length > MAX_PRINTED) return { code: "duns-invalid" };
  const digits = value.replace(SEPARATORS, "");
  return DIGITS.test(digits) && digits.length === 9
    ? { code: "duns-invalid", fix: digits }
    : { code: "duns-invalid" };
}
