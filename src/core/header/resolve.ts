// The one header resolver: which catalogue column a header cell names. The checker, the CLI and
// the Excel layer (dropdowns, date columns, fixes) all ask here, so they cannot disagree.
import { canonicalName } from "../catalogue/columns";
import type { ColumnDescriptor, ResolvedColumn } from "../catalogue/descriptor";
import { FIXED_HEADERS, REPEAT_PREFIXES, normaliseHeader, splitNumbered } from "./normalise";

export interface HeaderMatch {
  descriptor: ColumnDescriptor;
  n: number | null;
  /** Matched through an alias rather than the template name. */
  viaAlias: boolean;
}

/** Catalogue match of one header cell, N not range-checked (analyseHeader reports that). */
export function matchHeader(text: string): HeaderMatch | null {
  const normalised = normaliseHeader(text);
  if (normalised === "") return null;
  const fixed = FIXED_HEADERS.get(normalised);
  if (fixed) return { descriptor: fixed.descriptor, n: null, viaAlias: fixed.viaAlias };
  const numbered = splitNumbered(normalised);
  if (!numbered) return null;
  const descriptor = REPEAT_PREFIXES.get(numbered.prefix);
  return descriptor ? { descriptor, n: numbered.n, viaAlias: false } : null;
}

/** Whether a repeating column's N is within 1..max (always true for other columns). */
export function numberInRange(match: HeaderMatch): boolean {
  const { descriptor, n } = match;
  return !descriptor.repeat || n === null || (n >= 1 && n <= descriptor.repeat.max);
}

/** The template column one header cell names, or null (unknown, blank, N out of range). */
export function resolveHeader(text: string): ResolvedColumn | null {
  const match = matchHeader(text);
  if (!match || !numberInRange(match)) return null;
  return { descriptor: match.descriptor, n: match.n, canonical: canonicalName(match.descriptor, match.n) };
}

/**
 * Every sheet column of a header row resolved as the checker sees it: a column named twice
 * resolves only at its first occurrence (the second is a header-duplicate error, not checked).
 */
export function resolveHeaderRow(header: readonly string[]): (ResolvedColumn | null)[] {
  const seen = new Set<string>();
  return header.map((text) => {
    const resolved = resolveHeader(text);
    if (!resolved || seen.has(resolved.canonical)) return null;
    seen.add(resolved.canonical);
    return resolved;
  });
}

/** Zero-based position of the column the checker reads as `canonical`, or -1. */
export function findColumn(header: readonly string[], canonical: string): number {
  return resolveHeaderRow(header).findIndex((c) => c?.canonical === canonical);
}
