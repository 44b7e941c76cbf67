import { checkDateColumn, type DateVerdict } from "../dates";
import { cellFinding, type Origin } from "../findings";
import type { Finding } from "../types";

export interface DateColumnInput {
  column: string;
  col: number;
  /** Table rows of the records, and their raw cells, in order. */
  tableRows: number[];
  raws: string[];
}

export interface DateSettings {
  dateOrder: "auto" | "mdy" | "dmy";
  dateOrderHint?: "mdy" | "dmy";
  dateSystem: 1900 | 1904;
}

const FIX_CODES: Partial<Record<string, "date-two-digit-year" | "date-reordered">> = {
  "two-digit-year": "date-two-digit-year",
  "day-first": "date-reordered",
};
const INVALID_CODES: Partial<Record<string, "date-invalid" | "date-impossible" | "date-ambiguous">> = {
  unparseable: "date-invalid",
  impossible: "date-impossible",
  "serial-60": "date-impossible",
  "ambiguous-order": "date-ambiguous",
};

function findingFor(
  verdict: DateVerdict,
  column: string,
  at: { row: number; col: number },
  value: string,
  origin: Origin,
): Finding | null {
  if (verdict.kind === "fix") {
    const code = FIX_CODES[verdict.why] ?? "date-not-canonical";
    return cellFinding(
      { code, fix: verdict.fix, severity: verdict.severity, params: { why: verdict.why } },
      { at, column, value },
      origin,
    );
  }
  if (verdict.kind === "majority") {
    const code = verdict.order === "mdy" ? "date-majority-month-first" : "date-majority-day-first";
    const params = { date: verdict.date, proving: verdict.proving, against: verdict.against };
    return cellFinding({ code, fix: verdict.fix, params }, { at, column, value }, origin);
  }
  if (verdict.kind === "invalid") {
    const code = INVALID_CODES[verdict.why] ?? "date-invalid";
    return cellFinding({ code, params: { why: verdict.why } }, { at, column, value }, origin);
  }
  return null;
}

/**
 * The findings of one date cell given its verdict. Whitespace is reported only when no date fix
 * already trims it.
 */
export function dateCellFindings(
  verdict: DateVerdict,
  column: string,
  at: { row: number; col: number },
  raw: string,
  origin: Origin,
  out: Finding[],
): void {
  const finding = findingFor(verdict, column, at, raw, origin);
  if (finding) out.push(finding);
  const trimmed = raw.trim();
  if (raw.length !== trimmed.length && finding?.fix == null)
    out.push(cellFinding({ code: "whitespace", fix: trimmed }, { at, column, value: raw }, origin));
}

/**
 * Judges a whole date column with the dates module (day/month order is a property of the column)
 * and turns its verdicts into findings.
 */
export function checkDates(
  input: DateColumnInput,
  settings: DateSettings,
  origin: Origin,
  out: Finding[],
): void {
  const verdicts = checkDateColumn(
    input.raws.map((v) => v.trim()),
    settings,
  );
  verdicts.forEach((verdict, i) => {
    const at = { row: input.tableRows[i], col: input.col };
    dateCellFindings(verdict, input.column, at, input.raws[i], origin, out);
  });
}
