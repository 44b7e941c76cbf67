// Checks a CSV file's bytes in one call: the CSV reader's file-level findings (delimiter,
// encoding, …) join the table checker's, so the CLI and the add-in report them the same way.
import { checkTable } from "./check";
import { readCsv } from "./csv";
import { compareFindings } from "./findings";
import { renderMessage } from "./messages";
import { readFindings } from "./readFindings";
import type { CheckOptions, CheckResult, Finding, MessageParams, Table } from "./types";

export type FileCheck =
  | { ok: true; table: Table; delimiter: string; encoding: string; result: CheckResult }
  | { ok: false; error: { code: string; params: MessageParams; message: string } };

export function checkCsv(bytes: Uint8Array, options: CheckOptions = {}): FileCheck {
  const read = readCsv(bytes);
  if (!read.ok) {
    const { code, params = {} } = read.error;
    return { ok: false, error: { code, params, message: renderMessage(code, params) } };
  }
  const checked = checkTable(read.table, { ...options, delimiter: options.delimiter ?? read.delimiter });
  const findings = [...readFindings(read, options.origin), ...checked.findings].sort(compareFindings);
  return {
    ok: true,
    table: read.table,
    delimiter: read.delimiter,
    encoding: read.encoding,
    result: { ...checked, findings, summary: summarise(findings) },
  };
}

function summarise(findings: readonly Finding[]): CheckResult["summary"] {
  const summary = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
