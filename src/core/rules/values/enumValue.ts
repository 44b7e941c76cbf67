import type { ValueRule } from "./issue";

/** Closed list: exact match passes; case-only difference is a notice; retired values warn; else error. */
export function enumRule(values: readonly string[], retired: readonly string[] = []): ValueRule {
  const exact = new Set(values);
  const byLower = new Map(values.map((v) => [v.toLowerCase(), v]));
  const retiredByLower = new Map(retired.map((v) => [v.toLowerCase(), v]));
  return (value) => {
    if (exact.has(value)) return null;
    const lower = value.toLowerCase();
    const canonical = byLower.get(lower);
    if (canonical) return { code: "not-canonical", fix: canonical };
    const old = retiredByLower.get(lower);
    if (old) return old === value ? { code: "value-retired" } : { code: "value-retired", fix: old };
    return { code: "invalid-value" };
  };
}

/** Canonical spelling of a value in a closed list, ignoring case; null when not on the list. */
export function canonicalIn(values: readonly string[], value: string): string | null {
  const lower = value.toLowerCase();
  return values.find((v) => v.toLowerCase() === lower) ?? null;
}
