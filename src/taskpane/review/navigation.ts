// The order in which Next / Previous walk the findings: errors, then warnings, then notices; within
// a severity in sheet order (row, then column), file-level findings first. Pure, so tests and the
// list share one definition of "next".
import type { Finding, Severity } from "../../core/types";

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Severity, then row, then column; findings without a row or column come before those with one. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.row ?? -1) - (b.row ?? -1) ||
    (a.at?.col ?? -1) - (b.at?.col ?? -1)
  );
}

export function navigationOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * The finding after (direction 1) or before (-1) `current` in `order`, wrapping around at either
 * end. A `current` that is no longer listed (fixed and re-checked, or filtered out) continues from
 * its place: Next goes to the first finding after where it was, Previous to the last before it.
 */
export function stepFinding(
  order: readonly Finding[],
  current: Finding | null,
  direction: 1 | -1,
): Finding | null {
  if (order.length === 0) return null;
  if (current === null) return direction === 1 ? order[0] : order[order.length - 1];
  const index = order.indexOf(current);
  if (index >= 0) return order[(index + direction + order.length) % order.length];
  if (direction === 1) return order.find((f) => compareFindings(f, current) > 0) ?? order[0];
  for (let i = order.length - 1; i >= 0; i--) if (compareFindings(order[i], current) < 0) return order[i];
  return order[order.length - 1];
}

/** The finding of a new check that stands for `old` of an earlier one: same rule, same cell. */
export function sameFinding(findings: readonly Finding[], old: Finding): Finding | undefined {
  return findings.find(
    (f) => f.code === old.code && f.cell === old.cell && f.row === old.row && f.column === old.column,
  );
}
