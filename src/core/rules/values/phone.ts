import type { ValueIssue } from "./issue";

// The first class has no digits, so the test stays linear on long cells.
const PHONE = /^[ +\-().]*\d[0-9 +\-().]*$/;

/** Digits, spaces and + - ( ) . only, with at least one digit. */
export function checkPhone(value: string): ValueIssue | null {
  return PHONE.test(value) ? null : { code: "phone-invalid" };
}
