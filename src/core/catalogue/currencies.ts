import currencyCodes from "currency-codes";

// ISO 4217 codes, built once. Fund and metal codes (XAU, XXX…) are in the list; Partner Center's
// own list is not published, so anything ISO 4217 knows is accepted.
const codes: ReadonlySet<string> = new Set(currencyCodes.codes());

export type CurrencyLookup = { kind: "ok" } | { kind: "case"; code: string } | { kind: "unknown" };

export function lookupCurrency(value: string): CurrencyLookup {
  if (codes.has(value)) return { kind: "ok" };
  const upper = value.toUpperCase();
  return codes.has(upper) ? { kind: "case", code: upper } : { kind: "unknown" };
}

export function allCurrencyCodes(): string[] {
  return [...codes].sort();
}
