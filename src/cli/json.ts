// The --json report: one object, exactly the documented keys, nothing else on stdout.
import type { CheckResult } from "../core/types";
import { inReadingOrder } from "./order";

export interface JsonFinding {
  code: string;
  severity: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
  fix: string | null;
}

export interface JsonReport {
  file: string;
  records: number;
  summary: { error: number; warning: number; notice: number };
  findings: JsonFinding[];
}

export function toJsonReport(file: string, result: CheckResult): JsonReport {
  return {
    file,
    records: result.records,
    summary: { error: result.summary.error, warning: result.summary.warning, notice: result.summary.notice },
    findings: inReadingOrder(result.findings).map((f) => ({
      code: f.code,
      severity: f.severity,
      row: f.row,
      column: f.column,
      cell: f.cell,
      message: f.message,
      fix: f.fix,
    })),
  };
}

export function formatJson(file: string, result: CheckResult): string {
  return JSON.stringify(toJsonReport(file, result), null, 2) + "\n";
}
