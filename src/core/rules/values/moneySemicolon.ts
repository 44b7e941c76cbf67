// Amounts in a ";"-separated file (European Excel): a plain `12.563` is a valid decimal, but such a
// file may have written twelve thousand five hundred sixty-three that way (RULES.md).
import type { ValueIssue } from "./issue";
import { checkMoney } from "./money";

/** A thousands group never starts with 0: `0.500` is a decimal in any locale. */
const DOT_THOUSANDS = /^([1-9]\d{0,2})\.(\d{3})$/;

/** The money rule of a ";"-separated file: `12.563` is a warning without a fix, the rest as usual. */
export function checkMoneyInSemicolonFile(value: string): ValueIssue | null {
  const parts = DOT_THOUSANDS.exec(value);
  if (parts) return { code: "money-dot-thousands", params: { thousands: parts[1] + parts[2] } };
  return checkMoney(value);
}
