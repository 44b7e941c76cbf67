// Pure helpers that shape a long list of findings for display: group, count per rule.
import type { Finding, Severity } from "../../core/types";
import { SEVERITY_RANK, compareFindings } from "./navigation";

export type GroupBy = "column" | "row";

export const PARTNER_CENTER_CODE = "partner-center-error";

export interface FindingGroup {
  /** Stable key: "file", "column:<name>" or "row:<n>". */
  key: string;
  /** The column name or row number the group stands for; null for file-level findings. */
  column: string | null;
  row: number | null;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export interface RuleCount {
  code: string;
  severity: Severity;
  count: number;
  fixable: Finding[];
}

export function groupKey(finding: Finding, by: GroupBy): string {
  if (by === "row") return finding.row === null ? "file" : `row:${finding.row}`;
  return finding.column === null ? "file" : `column:${finding.column}`;
}

/** Sheet position used for ordering; file-level findings come first. */
function position(finding: Finding, by: GroupBy): number {
  if (by === "row") return finding.row ?? -1;
  return finding.at?.col ?? -1;
}

/**
 * Groups with errors first, then those whose worst finding is a warning, then notices only; each
 * tier in sheet order. Inside a group the findings follow the navigation order (errors first,
 * then row and column), so Next walks a group from top to bottom.
 */
export function groupFindings(findings: Finding[], by: GroupBy): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { order: number; worst: number }>();
  for (const finding of findings) {
    const key = groupKey(finding, by);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        column: key === "file" || by === "row" ? null : finding.column,
        row: key === "file" || by === "column" ? null : finding.row,
        findings: [],
        counts: { error: 0, warning: 0, notice: 0 },
        order: key === "file" ? -Infinity : position(finding, by),
        worst: SEVERITY_RANK[finding.severity],
      };
      groups.set(key, group);
    }
    group.findings.push(finding);
    group.counts[finding.severity] += 1;
    group.worst = Math.min(group.worst, SEVERITY_RANK[finding.severity]);
    if (key !== "file") group.order = Math.min(group.order, position(finding, by));
  }
  return [...groups.values()]
    .sort((a, b) => a.worst - b.worst || a.order - b.order || a.key.localeCompare(b.key))
    .map((group) => ({
      key: group.key,
      column: group.column,
      row: group.row,
      counts: group.counts,
      findings: [...group.findings].sort(compareFindings),
    }));
}

/** One line per finding code: its most severe level, how many, and which of them carry a fix. */
export function countByRule(findings: Finding[]): RuleCount[] {
  const rules = new Map<string, RuleCount>();
  for (const finding of findings) {
    let rule = rules.get(finding.code);
    if (!rule) {
      rule = { code: finding.code, severity: finding.severity, count: 0, fixable: [] };
      rules.set(finding.code, rule);
    }
    rule.count += 1;
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[rule.severity]) rule.severity = finding.severity;
    if (finding.fix !== null) rule.fixable.push(finding);
  }
  return [...rules.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.count - a.count ||
      a.code.localeCompare(b.code),
  );
}

/** Notices are safe, mechanical normalisations: the ones "fix all safe" applies. */
export function safeFixes(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "notice" && finding.fix !== null);
}

/** Every finding that carries a fix, whatever its severity: "Fix everything that can be fixed". */
export function fixableFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.fix !== null);
}

/** Rows Partner Center rejected in a processed file. */
export function partnerCenterRows(findings: Finding[]): number {
  const rows = new Set<number | null>();
  for (const finding of findings) if (finding.code === PARTNER_CENTER_CODE) rows.add(finding.row);
  return rows.size;
}
