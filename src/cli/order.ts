// One reading order for every output: file-level findings first, then by row, then left to right.
import { compareFindings } from "../core/findings";
import type { Finding } from "../core/types";

export function inReadingOrder(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable, so the engine's order survives within a cell.
  return [...findings].sort(compareFindings);
}

/** Findings grouped by spreadsheet row (null = the file as a whole), in reading order. */
export function groupByRow(findings: readonly Finding[]): Array<{ row: number | null; findings: Finding[] }> {
  const groups: Array<{ row: number | null; findings: Finding[] }> = [];
  for (const finding of inReadingOrder(findings)) {
    const last = groups[groups.length - 1];
    if (last && last.row === finding.row) last.findings.push(finding);
    else groups.push({ row: finding.row, findings: [finding] });
  }
  return groups;
}
