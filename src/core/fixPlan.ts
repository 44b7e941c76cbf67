// The one fix planner: which fix each cell gets. The CLI's --fix (core/fixes.ts) and Excel's
// Apply fixes (excel/fixes.ts) both plan here, so they always write the same text.
import type { Finding, Severity } from "./types";

export interface FixFilter {
  severities?: readonly Severity[];
  codes?: readonly string[];
  /** Spreadsheet rows (header = 1 for a table starting in A1) to fix; all when absent. */
  rows?: readonly number[];
}

export interface PlannedFix {
  /** Zero-based cell in the checked table (header = row 0). */
  at: { row: number; col: number };
  /** A1 address in the sheet. */
  cell: string;
  fix: string;
  finding: Finding;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * One fix per cell. When several findings fix one cell, the most severe wins (a warning's fix
 * over a notice's); between equals the first in the list wins. Header cells are never fixed
 * (RULES.md: headers are never renamed). Findings the filter excludes are not considered at all.
 */
export function planFixes(findings: readonly Finding[], filter: FixFilter = {}): PlannedFix[] {
  const rows = filter.rows ? new Set(filter.rows) : null;
  const byCell = new Map<string, PlannedFix>();
  for (const finding of findings) {
    const { fix, at, cell } = finding;
    if (fix === null || at === null || cell === null || at.row === 0) continue;
    if (filter.severities && !filter.severities.includes(finding.severity)) continue;
    if (filter.codes && !filter.codes.includes(finding.code)) continue;
    if (rows && (finding.row === null || !rows.has(finding.row))) continue;
    const key = `${at.row}:${at.col}`;
    const current = byCell.get(key);
    if (!current || RANK[finding.severity] < RANK[current.finding.severity])
      byCell.set(key, { at, cell, fix, finding });
  }
  return [...byCell.values()];
}
