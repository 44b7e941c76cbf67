import { COLUMNS } from "../catalogue/columns";
import type { ColumnDescriptor } from "../catalogue/descriptor";

/** Header comparison form: no BOM, trimmed, inner whitespace collapsed, lower case. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

interface FixedEntry {
  descriptor: ColumnDescriptor;
  viaAlias: boolean;
}

/** Non-repeating columns by normalised name and aliases. */
export const FIXED_HEADERS: ReadonlyMap<string, FixedEntry> = (() => {
  const map = new Map<string, FixedEntry>();
  for (const descriptor of COLUMNS) {
    if (descriptor.repeat) continue;
    map.set(normaliseHeader(descriptor.name), { descriptor, viaAlias: false });
    for (const alias of descriptor.aliases) map.set(normaliseHeader(alias), { descriptor, viaAlias: true });
  }
  return map;
})();

/** Repeating columns by normalised prefix ("solution", "team member", "microsoft team member"). */
export const REPEAT_PREFIXES: ReadonlyMap<string, ColumnDescriptor> = new Map(
  COLUMNS.filter((c) => c.repeat).map((c) => [normaliseHeader(c.name), c]),
);

const NUMBERED = /^(.*?) ?(-?\d+)$/;

/** Splits a normalised header into prefix and number ("solution 3" → ["solution", 3]). */
export function splitNumbered(normalised: string): { prefix: string; n: number } | null {
  const match = NUMBERED.exec(normalised);
  return match ? { prefix: match[1], n: Number(match[2]) } : null;
}
