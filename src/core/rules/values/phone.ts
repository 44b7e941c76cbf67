import type { ValueIssue } from "./issue";

const PHONE = /^[0-9 +\-().]*[0-9][0-9 +\-().]*$/;

/** Digits, spaces and + - ( ) . only, with at least one digit. */
export function checkPhone(value: string): ValueIssue | null {
  return PHONE.test(value) ? null : { code: "phone-invalid" };
}
