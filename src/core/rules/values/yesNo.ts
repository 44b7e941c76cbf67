import type { ValueIssue } from "./issue";

const SPELLINGS: ReadonlyMap<string, "Yes" | "No"> = new Map([
  ["yes", "Yes"],
  ["y", "Yes"],
  ["true", "Yes"],
  ["1", "Yes"],
  ["no", "No"],
  ["n", "No"],
  ["false", "No"],
  ["0", "No"],
]);

/** Reads a Yes/No cell the way the rules do: canonical or a recognised spelling, else null. */
export function readYesNo(value: string): "Yes" | "No" | null {
  return SPELLINGS.get(value.toLowerCase()) ?? null;
}

export function checkYesNo(value: string): ValueIssue | null {
  if (value === "Yes" || value === "No") return null;
  const canonical = readYesNo(value);
  return canonical ? { code: "not-canonical", fix: canonical } : { code: "invalid-yes-no" };
}
