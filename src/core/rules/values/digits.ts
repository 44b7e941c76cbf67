import type { ValueIssue } from "./issue";

const DIGITS = /^\d+$/;

export function checkDigits(value: string): ValueIssue | null {
  return DIGITS.test(value) ? null : { code: "digits-invalid" };
}
