import { z } from "zod";
import type { ValueIssue } from "./issue";

// zod's own email pattern, used directly: one regex test per cell instead of a schema parse.
const EMAIL: RegExp = z.regexes.email;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function checkEmail(value: string): ValueIssue | null {
  return isEmail(value) ? null : { code: "email-invalid" };
}
