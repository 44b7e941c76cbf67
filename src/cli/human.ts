// The readable report: findings grouped by row (the file as a whole first), then a summary line.
import type { CheckResult, Finding } from "../core/types";
import type { Paint } from "./colour";
import { groupByRow } from "./order";
import { count } from "./plural";

export function formatHuman(file: string, result: CheckResult, style: Paint): string {
  const lines: string[] = [style.bold(file)];
  for (const group of groupByRow(result.findings)) {
    lines.push("", style.bold(rowHeading(group.row)));
    for (const finding of group.findings) lines.push(formatFinding(finding, style));
  }
  if (result.findings.length === 0) lines.push("", "No problems found.");
  lines.push("", summaryLine(result));
  return lines.join("\n") + "\n";
}

function rowHeading(row: number | null): string {
  if (row === null) return "File";
  return row === 1 ? "Row 1 (header)" : `Row ${row}`;
}

function formatFinding(finding: Finding, style: Paint): string {
  const severity = style.severity(finding.severity, finding.severity.padEnd(7));
  const cell = finding.cell ? `${finding.cell}  ` : "";
  const fix = finding.fix === null ? "" : `  → fix: ${JSON.stringify(finding.fix)}`;
  return `  ${severity}  ${cell}${finding.message}${fix}  ${style.dim(`[${finding.code}]`)}`;
}

export function summaryLine(result: CheckResult): string {
  const { error, warning, notice } = result.summary;
  return (
    `${count(result.records, "record")}: ${count(error, "error")}, ` +
    `${count(warning, "warning")}, ${count(notice, "notice")}.`
  );
}
