import { distance } from "fastest-levenshtein";
import { COLUMNS, canonicalName, columnGroup } from "../catalogue/columns";
import type { ColumnDescriptor, ResolvedColumn } from "../catalogue/descriptor";
import { A1, cellFinding, columnLetters, rowFinding, type Origin } from "../findings";
import type { Finding } from "../types";
import { normaliseHeader } from "./normalise";
import { matchHeader, numberInRange } from "./resolve";

export interface HeaderAnalysis {
  /** One entry per sheet column: the resolved template column, or null (unknown, blank, duplicate). */
  columns: (ResolvedColumn | null)[];
  /** Canonical name → sheet column index (first occurrence). */
  indexOf: ReadonlyMap<string, number>;
  findings: Finding[];
}

export interface HeaderOptions {
  origin?: Origin;
  /** Whether any record has a value in this column (a blank header over data is reported). */
  columnHasData?: (col: number) => boolean;
}

// Columns whose absence makes some rows fail, declared on the descriptors (requiredWhen):
// reported once at the header; the services trio only when one of it is present.
const CONDITIONAL_ALWAYS = COLUMNS.filter((c) => c.requiredWhen?.column !== undefined).map((c) => c.name);
const SERVICES_TRIO = columnGroup("services").map((c) => c.name);
const NEW_TEMPLATE_MARKER = "Marketplace Purchase Intent";

const KNOWN_NAMES: readonly string[] = COLUMNS.map((c) => (c.repeat ? `${c.name} 1` : c.name));
/** Most edits a suggestion may be away. */
const MAX_EDITS = 3;

/** The template header within a small edit distance of an unknown one, or null. */
export function suggest(text: string): string | null {
  const normalised = normaliseHeader(text);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of KNOWN_NAMES) {
    // The distance is at least the difference in length: a name that far off can never be
    // suggested, and measuring a 1 MB header against 40 names took 0.4 s.
    if (Math.abs(name.length - normalised.length) > MAX_EDITS) continue;
    const d = distance(normalised, name.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  // A small distance only: at most 3 edits and less than a third of the name.
  return bestDistance <= MAX_EDITS && bestDistance * 3 < normalised.length ? best : null;
}

/** Matches the header row against the catalogue and reports every header problem. */
export function analyseHeader(header: readonly string[], options: HeaderOptions = {}): HeaderAnalysis {
  const origin = options.origin ?? A1;
  const findings: Finding[] = [];
  const columns: (ResolvedColumn | null)[] = [];
  const indexOf = new Map<string, number>();
  const numbersSeen = new Map<ColumnDescriptor, Set<number>>();

  header.forEach((text, col) => {
    columns.push(null);
    const at = { row: 0, col };
    if (text.trim() === "") {
      if (options.columnHasData?.(col)) findings.push(rowFinding("header-blank", 0, null, origin));
      return;
    }
    const match = matchHeader(text);
    if (!match) {
      const suggestion = suggest(text);
      findings.push(
        suggestion
          ? cellFinding(
              { code: "header-unknown-suggest", params: { suggestion } },
              { at, column: text, value: text },
              origin,
            )
          : cellFinding({ code: "header-unknown" }, { at, column: text, value: text }, origin),
      );
      return;
    }
    const { descriptor, n } = match;
    const canonical = canonicalName(descriptor, n);
    if (!numberInRange(match)) {
      findings.push(
        cellFinding(
          { code: "header-number-out-of-range", params: { max: descriptor.repeat?.max ?? 1 } },
          { at, column: descriptor.name, value: text },
          origin,
        ),
      );
      return;
    }
    const first = indexOf.get(canonical);
    if (first !== undefined) {
      findings.push(
        cellFinding(
          { code: "header-duplicate", params: { first: columnLetters(first + origin.col) } },
          { at, column: canonical, value: text },
          origin,
        ),
      );
      return;
    }
    indexOf.set(canonical, col);
    columns[col] = { descriptor, n, canonical };
    if (n !== null) {
      const seen = numbersSeen.get(descriptor) ?? new Set<number>();
      seen.add(n);
      numbersSeen.set(descriptor, seen);
    }
    // A notice only: headers are never renamed (RULES.md revision 8), so it carries no fix.
    if (text !== canonical) {
      findings.push(
        cellFinding({ code: "header-not-canonical" }, { at, column: canonical, value: text }, origin),
      );
    }
  });

  findings.push(...missingColumns(indexOf, origin), ...numberGaps(numbersSeen, indexOf, origin));
  return { columns, indexOf, findings };
}

function missingColumns(indexOf: ReadonlyMap<string, number>, origin: Origin): Finding[] {
  const findings: Finding[] = [];
  for (const descriptor of COLUMNS) {
    const name = canonicalName(descriptor, descriptor.repeat ? 1 : null);
    if (indexOf.has(name)) continue;
    if (descriptor.name === NEW_TEMPLATE_MARKER) {
      findings.push(rowFinding("header-missing-new-template", 0, name, origin));
    } else if (descriptor.required === "yes") {
      findings.push(rowFinding("header-missing-required", 0, name, origin));
    }
  }
  const conditional: string[] = [...CONDITIONAL_ALWAYS];
  if (SERVICES_TRIO.some((name) => indexOf.has(name))) conditional.push(...SERVICES_TRIO);
  for (const name of conditional) {
    if (!indexOf.has(name)) findings.push(rowFinding("header-missing-conditional", 0, name, origin));
  }
  return findings;
}

function numberGaps(
  numbersSeen: ReadonlyMap<ColumnDescriptor, Set<number>>,
  indexOf: ReadonlyMap<string, number>,
  origin: Origin,
): Finding[] {
  const findings: Finding[] = [];
  for (const [descriptor, seen] of numbersSeen) {
    const highest = Math.max(...seen);
    for (let n = 1; n < highest; n++) {
      if (seen.has(n)) continue;
      // A missing required N = 1 is already reported as a missing required column.
      if (n === 1 && descriptor.required === "yes") continue;
      let next = n + 1;
      while (!seen.has(next)) next++;
      const after = canonicalName(descriptor, next);
      findings.push(
        cellFinding(
          { code: "header-number-gap", params: { after } },
          {
            at: { row: 0, col: indexOf.get(after) ?? 0 },
            column: canonicalName(descriptor, n),
            value: after,
          },
          origin,
        ),
      );
    }
  }
  return findings;
}
