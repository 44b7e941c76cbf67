import { COLUMNS } from "../catalogue/columns";
import type { ColumnDescriptor } from "../catalogue/descriptor";

/** Whitespace other than one plain space between words: only then is there anything to collapse. */
const COLLAPSIBLE = /\s\s|[^\S ]/;

/** Header comparison form: no BOM, trimmed, inner whitespace collapsed, lower case. */
export function normaliseHeader(text: string): string {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  // The test first: a header is normalised several times per check, and replacing each single
  // space of a 1 MB header cell ("Deal Name Deal Name …") cost 50 ms a time.
  const collapsed = COLLAPSIBLE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
  return collapsed.toLowerCase();
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

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Splits a normalised header into prefix and number ("solution 3" → ["solution", 3]): the longest
 * run of trailing digits, a `-` before it, then one space. A scan from the end, since a header
 * cell can be as long as any cell (`/^(.*?) ?(-?\d+)$/` retried `\d+` from every start: quadratic).
 */
export function splitNumbered(normalised: string): { prefix: string; n: number } | null {
  let start = normalised.length;
  while (start > 0 && isDigit(normalised.charCodeAt(start - 1))) start--;
  if (start === normalised.length) return null;
  if (normalised.charCodeAt(start - 1) === 0x2d) start--;
  const prefixEnd = normalised.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  return { prefix: normalised.slice(0, prefixEnd), n: Number(normalised.slice(start)) };
}
