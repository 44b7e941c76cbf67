// Which of the check's distinct outcomes the summary talks about: an empty sheet, a header with no
// records, nothing found, only findings for information, or findings to work through.
import type { CheckResult } from "../../core/types";

export type CheckState = "emptySheet" | "noRecords" | "clean" | "onlyNotices" | "findings";

export function checkStateOf(result: CheckResult): CheckState {
  if (result.records === 0) {
    // The Excel layer reads an empty sheet as a table without rows: the core finds no header.
    return result.findings.some((f) => f.code === "file-no-header") ? "emptySheet" : "noRecords";
  }
  const { error, warning, notice } = result.summary;
  if (error + warning > 0) return "findings";
  return notice > 0 ? "onlyNotices" : "clean";
}
