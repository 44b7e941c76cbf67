// Filtering the findings by severity and by column, with the counts each choice would show.
// Each control counts under the other control's filter (as faceted search does), so a count
// always says how many findings that choice would leave.
import type { Finding, Severity } from "../../core/types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

/** "file" stands for findings outside any column (header, whole file); null means every column. */
export type ColumnChoice = string | null;
export const NO_COLUMN = "file";

export interface FindingFilter {
  severities: readonly Severity[];
  column: ColumnChoice;
}

export const NO_FILTER: FindingFilter = { severities: SEVERITIES, column: null };

export function columnKey(finding: Finding): string {
  return finding.column === null ? NO_COLUMN : `column:${finding.column}`;
}

export function isFiltered(filter: FindingFilter): boolean {
  return filter.column !== null || SEVERITIES.some((s) => !filter.severities.includes(s));
}

function inColumn(finding: Finding, column: ColumnChoice): boolean {
  return column === null || columnKey(finding) === column;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  if (!isFiltered(filter)) return [...findings];
  return findings.filter((f) => filter.severities.includes(f.severity) && inColumn(f, filter.column));
}

/** How many findings of each severity the column choice leaves. */
export function severityCounts(findings: readonly Finding[], column: ColumnChoice): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) if (inColumn(finding, column)) counts[finding.severity] += 1;
  return counts;
}

export interface ColumnOption {
  key: string;
  /** The column's name; null for findings outside any column. */
  column: string | null;
  count: number;
}

/** Every column that has findings of the chosen severities, in sheet order, "outside any column" first. */
export function columnOptions(findings: readonly Finding[], severities: readonly Severity[]): ColumnOption[] {
  const options = new Map<string, ColumnOption & { order: number }>();
  for (const finding of findings) {
    if (!severities.includes(finding.severity)) continue;
    const key = columnKey(finding);
    let option = options.get(key);
    if (!option) {
      const order = key === NO_COLUMN ? -Infinity : (finding.at?.col ?? Infinity);
      option = { key, column: finding.column, count: 0, order };
      options.set(key, option);
    }
    option.count += 1;
  }
  return [...options.values()]
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map(({ key, column, count }) => ({ key, column, count }));
}
