// The readable report: findings grouped by row (the file as a whole first), then a summary line.
import type { CheckResult, Finding } from "../core/types";
import type { Paint } from "./colour";
import { groupByRow } from "./order";
import { count } from "./plural";
import { quoteShortened } from "./shorten";
import { visible } from "./visible";

export function formatHuman(file: string, result: CheckResult, style: Paint): string {
  const lines: string[] = [style.bold(visible(file))];
  // Cells share one column width so that the messages line up.
  // A loop, not Math.max(...): a file can have hundreds of thousands of findings.
  let cellWidth = 0;
  for (const f of result.findings) cellWidth = Math.max(cellWidth, (f.cell ?? "").length);
  for (const group of groupByRow(result.findings)) {
    lines.push("", style.bold(rowHeading(group.row)));
    for (const finding of group.findings) lines.push(formatFinding(finding, cellWidth, style));
  }
  if (result.findings.length === 0) lines.push("", "No problems found.");
  lines.push("", summaryLine(result));
  return lines.join("\n") + "\n";
}

function rowHeading(row: number | null): string {
  if (row === null) return "File";
  return row === 1 ? "Row 1 (header)" : `Row ${row}`;
}

function formatFinding(finding: Finding, cellWidth: number, style: Paint): string {
  const severity = style.severity(finding.severity, finding.severity.padEnd(7));
  const cell = cellWidth > 0 ? `${(finding.cell ?? "").padEnd(cellWidth)}  ` : "";
  // Messages quote cell values: their control characters are escaped, never printed raw.
  return `  ${severity}  ${cell}${visible(finding.message + fixNote(finding))}  ${style.dim(`[${finding.code}]`)}`;
}

/** The replacement text (shortened when long), unless the message already quotes it. */
function fixNote(finding: Finding): string {
  if (finding.fix === null) return "";
  const inMessage =
    finding.fix.length < finding.message.length && finding.message.includes(JSON.stringify(finding.fix));
  if (inMessage) return "";
  return `  → fix: ${quoteShortened(finding.fix)}`;
}

export function summaryLine(result: CheckResult): string {
  const { error, warning, notice } = result.summary;
  return (
    `${count(result.records, "record")}: ${count(error, "error")}, ` +
    `${count(warning, "warning")}, ${count(notice, "notice")}.`
  );
}
