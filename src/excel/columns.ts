// Locates template columns in a sheet's header row by name (case, spacing and aliases ignored,
// as RULES.md "Header row" says), never by position.
import { COLUMNS, canonicalName, type ColumnDescriptor, type ResolvedColumn } from "../core/catalogue";
import { normaliseHeader as normalise } from "../core/header/normalise";

const exact = new Map<string, ColumnDescriptor>();
for (const descriptor of COLUMNS) {
  if (descriptor.repeat) continue;
  for (const name of [descriptor.name, ...descriptor.aliases]) exact.set(normalise(name), descriptor);
}
const repeating = COLUMNS.filter((d) => d.repeat);

function resolveRepeating(key: string): ResolvedColumn | null {
  for (const descriptor of repeating) {
    for (const prefix of [descriptor.name, ...descriptor.aliases]) {
      const m = new RegExp(`^${escapeRegExp(normalise(prefix))} ?(\\d+)$`).exec(key);
      if (m) {
        const n = Number(m[1]);
        return { descriptor, n, canonical: canonicalName(descriptor, n) };
      }
    }
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The catalogue column a header cell names, or null for an unknown header. */
export function resolveHeader(text: string): ResolvedColumn | null {
  const key = normalise(text);
  if (!key) return null;
  const descriptor = exact.get(key);
  if (descriptor) return { descriptor, n: null, canonical: descriptor.name };
  return resolveRepeating(key);
}

/** Zero-based position (within the header row) of the first header naming `canonical`, or -1. */
export function findColumn(header: readonly string[], canonical: string): number {
  return header.findIndex((h) => resolveHeader(h)?.canonical === canonical);
}

export function isDateColumn(header: string): boolean {
  return resolveHeader(header)?.descriptor.type.kind === "date";
}
