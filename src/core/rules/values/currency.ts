import { lookupCurrency } from "../../catalogue/currencies";
import type { ValueIssue } from "./issue";

export function checkCurrency(value: string): ValueIssue | null {
  const found = lookupCurrency(value);
  if (found.kind === "ok") return null;
  return found.kind === "case" ? { code: "not-canonical", fix: found.code } : { code: "currency-invalid" };
}
