// Pure helpers that shape a long list of findings for display: filter, group, count per rule.
import type { Finding, Severity } from "../../core/types";

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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function filterFindings(findings: Finding[], errorsOnly: boolean): Finding[] {
  return errorsOnly ? findings.filter((finding) => finding.severity === "error") : findings;
}

function groupKey(finding: Finding, by: GroupBy): string {
  if (by === "row") return finding.row === null ? "file" : `row:${finding.row}`;
  return finding.column === null ? "file" : `column:${finding.column}`;
}

/** Sheet position used for ordering; file-level findings come first. */
function position(finding: Finding, by: GroupBy): number {
  if (by === "row") return finding.row ?? -1;
  return finding.at?.col ?? -1;
}

function byRowThenColumn(a: Finding, b: Finding): number {
  return (a.row ?? -1) - (b.row ?? -1) || (a.at?.col ?? -1) - (b.at?.col ?? -1);
}

export function groupFindings(findings: Finding[], by: GroupBy): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { order: number }>();
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
      };
      groups.set(key, group);
    }
    group.findings.push(finding);
    group.counts[finding.severity] += 1;
    if (key !== "file") group.order = Math.min(group.order, position(finding, by));
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map((group) => ({
      key: group.key,
      column: group.column,
      row: group.row,
      counts: group.counts,
      findings: [...group.findings].sort(byRowThenColumn),
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
