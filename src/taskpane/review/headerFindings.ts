// What Prepare shows of a header check: the old-template finding on its own (it needs the new
// template, not a fix), then the other findings, errors first, cut to a few with a count of the rest.
import type { Finding, Severity } from "../../core/types";

export const OLD_TEMPLATE_CODE = "header-missing-new-template";
export const HEADER_FINDINGS_SHOWN = 5;

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export interface HeaderFindingsView {
  oldTemplate: Finding | null;
  shown: Finding[];
  /** How many more findings there are than `shown`. */
  more: number;
}

export function headerFindingsView(findings: Finding[], limit = HEADER_FINDINGS_SHOWN): HeaderFindingsView {
  const oldTemplate = findings.find((finding) => finding.code === OLD_TEMPLATE_CODE) ?? null;
  // Array.prototype.sort is stable: the header's own column order stays within a severity.
  const others = findings
    .filter((finding) => finding !== oldTemplate)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { oldTemplate, shown: others.slice(0, limit), more: Math.max(0, others.length - limit) };
}
