// Partner Center's processed file: its Errors column lists why a row was rejected, several
// messages separated by ";". Each becomes a finding on that row's Errors cell.
import { cellAddress, compareFindings } from "../core/findings";
import type { CheckResult, Finding, Table } from "../core/types";
import { findColumn } from "./columns";

export const PARTNER_CENTER_ERROR = "partner-center-error";
export const ERRORS_COLUMN = "Errors";

const isBlankRow = (row: readonly string[]): boolean => row.every((c) => c.trim() === "");

export function partnerCenterFindings(table: Table, origin: { row: number; col: number }): Finding[] {
  const header = table.rows[0] ?? [];
  const col = findColumn(header, ERRORS_COLUMN);
  if (col < 0) return [];
  const findings: Finding[] = [];
  table.rows.forEach((row, r) => {
    if (r === 0 || isBlankRow(row)) return;
    const messages = (row[col] ?? "")
      .split(";")
      .map((m) => m.trim())
      .filter(Boolean);
    for (const message of messages) {
      findings.push({
        code: PARTNER_CENTER_ERROR,
        severity: "error",
        row: r + origin.row + 1,
        column: ERRORS_COLUMN,
        cell: cellAddress(r, col, origin),
        at: { row: r, col },
        value: message,
        params: { column: ERRORS_COLUMN, value: message },
        message: `Partner Center rejected this row: ${message}`,
        fix: null,
      });
    }
  });
  return findings;
}

/** The core's result with Partner Center's own errors added (never duplicated if the core has them). */
export function withPartnerCenterErrors(result: CheckResult, extra: readonly Finding[]): CheckResult {
  if (extra.length === 0 || result.findings.some((f) => f.code === PARTNER_CENTER_ERROR)) return result;
  return {
    ...result,
    summary: { ...result.summary, error: result.summary.error + extra.length },
    findings: [...result.findings, ...extra].sort(compareFindings),
  };
}

/** Rows Partner Center accepted: not blank, Errors cell empty. Zero-based table rows (header = 0). */
export function succeededRows(table: Table): { succeeded: number[]; failed: number[] } | null {
  const header = table.rows[0] ?? [];
  const col = findColumn(header, ERRORS_COLUMN);
  if (col < 0) return null;
  const succeeded: number[] = [];
  const failed: number[] = [];
  table.rows.forEach((row, r) => {
    if (r === 0 || isBlankRow(row)) return;
    ((row[col] ?? "").trim() === "" ? succeeded : failed).push(r);
  });
  return { succeeded, failed };
}
