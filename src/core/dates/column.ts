// Checks a whole date column. Day/month order of slashed dates (`5/6/2020`) is a property of
// the file, not of one cell: a column with `13/6/2020` in it is day-first throughout. Dotted and
// dashed dates (`5.6.2020`, `5-6-2020`) are day-first by their own form and never join that vote.
import type { DateOrder } from "../types";
import { formatMDY, isRealDate, type CivilDate } from "./calendar";
import { readDateText, type DateReading, type DateWhy, type InvalidWhy } from "./read";
import type { DateSystem } from "./serial";

export type DateVerdict =
  | { kind: "empty" }
  | { kind: "ok" }
  | { kind: "fix"; fix: string; severity: "notice" | "warning"; why: DateWhy }
  /**
   * An ambiguous slashed date in an "auto" column holding both orders, read in the order more
   * values prove (`proving` of them, `against` proving the other): a warning, with the M/D/YYYY
   * text as its fix when that differs from the value.
   */
  | {
      kind: "majority";
      order: "mdy" | "dmy";
      date: string;
      fix: string | null;
      proving: number;
      against: number;
    }
  | { kind: "invalid"; why: InvalidWhy };

export interface DateColumnOptions {
  dateOrder: DateOrder;
  dateOrderHint?: "mdy" | "dmy";
  dateSystem: DateSystem;
}

export interface ResolvedDate {
  verdict: DateVerdict;
  /** The calendar day the value was read as; null when empty or invalid. */
  date: CivilDate | null;
}

type Order = "mdy" | "dmy";
/** Where the order came from: only a guess from the hint makes a day-first reading a warning. */
type OrderSource = "proven" | "evidence" | "majority" | "option" | "hint" | "form";

/** When several things were rewritten, report the one the user most needs to hear about. */
const WHY_PRECEDENCE: DateWhy[] = [
  "two-digit-year",
  "day-first",
  "time-part",
  "dotted",
  "dashed",
  "month-name",
  "iso",
  "serial",
  "zero-padded",
];

type DayMonth = Extract<DateReading, { kind: "day-month" }>;

/** How many slashed values of the column prove each order. */
export interface ColumnEvidence {
  dayFirst: number;
  monthFirst: number;
}

/**
 * What one value adds to its column's evidence (0 or 1 each). RULES.md defines column evidence for
 * slashed dates only: `30.01.2026` says nothing about `5/6/2026`.
 */
export function evidenceOf(r: DateReading): ColumnEvidence {
  if (r.kind !== "day-month" || r.separator !== "/") return { dayFirst: 0, monthFirst: 0 };
  // Only a reading that gives a real day counts: 2/30/2024 proves nothing, it is impossible.
  return {
    dayFirst: r.first > 12 && isRealDate(r.year, r.second, r.first) ? 1 : 0,
    monthFirst: r.second > 12 && isRealDate(r.year, r.first, r.second) ? 1 : 0,
  };
}

function gatherEvidence(readings: DateReading[]): ColumnEvidence {
  const evidence = { dayFirst: 0, monthFirst: 0 };
  for (const r of readings) {
    const one = evidenceOf(r);
    evidence.dayFirst += one.dayFirst;
    evidence.monthFirst += one.monthFirst;
  }
  return evidence;
}

/** Whether a value's verdict depends on the column's evidence (an ambiguous slashed date in "auto"). */
export function dependsOnEvidence(r: DateReading, options: DateColumnOptions): boolean {
  return (
    options.dateOrder === "auto" &&
    r.kind === "day-month" &&
    r.separator === "/" &&
    r.first <= 12 &&
    r.second <= 12 &&
    r.first !== r.second
  );
}

/**
 * D.M.YYYY and D-M-YYYY are day-first by their form, whatever the column or the settings say
 * (the settings are for slashed dates). Only when the day-first reading is not a real day
 * (`1-30-2026`) is the one real reading, month-first, used.
 */
function ownFormOrder(r: DayMonth): Order {
  return isRealDate(r.year, r.second, r.first) ? "dmy" : "mdy";
}

/**
 * RULES.md "Dates": a value above 12 in one place is read as it proves itself; for an ambiguous
 * one an explicit setting decides, whatever the column holds; in "auto" the column's evidence
 * (the majority when it holds both orders, nothing on a tie), else the locale hint.
 */
function orderFor(
  r: DayMonth,
  evidence: ColumnEvidence,
  options: DateColumnOptions,
): { order: Order; source: OrderSource } | null {
  if (r.separator !== "/") return { order: ownFormOrder(r), source: "form" };
  if (r.first > 12) return { order: "dmy", source: "proven" };
  // 7/7/2020 reads the same both ways.
  if (r.second > 12 || r.first === r.second) return { order: "mdy", source: "proven" };
  if (options.dateOrder !== "auto") return { order: options.dateOrder, source: "option" };
  const { dayFirst, monthFirst } = evidence;
  if (dayFirst > 0 && monthFirst > 0) {
    if (dayFirst === monthFirst) return null;
    return { order: dayFirst > monthFirst ? "dmy" : "mdy", source: "majority" };
  }
  if (dayFirst > 0) return { order: "dmy", source: "evidence" };
  if (monthFirst > 0) return { order: "mdy", source: "evidence" };
  return { order: options.dateOrderHint ?? "mdy", source: "hint" };
}

function verdictFor(text: string, date: CivilDate, whys: DateWhy[], warn: boolean): ResolvedDate {
  const fix = formatMDY(date);
  if (fix === text.trim()) return { verdict: { kind: "ok" }, date };
  const why = WHY_PRECEDENCE.find((w) => whys.includes(w)) ?? "zero-padded";
  const severity = warn || whys.includes("two-digit-year") ? "warning" : "notice";
  return { verdict: { kind: "fix", fix, severity, why }, date };
}

function resolveDayMonth(
  text: string,
  r: DayMonth,
  evidence: ColumnEvidence,
  options: DateColumnOptions,
): ResolvedDate {
  const chosen = orderFor(r, evidence, options);
  if (!chosen) return { verdict: { kind: "invalid", why: "ambiguous-order" }, date: null };
  const [month, day] = chosen.order === "mdy" ? [r.first, r.second] : [r.second, r.first];
  if (!isRealDate(r.year, month, day)) return { verdict: { kind: "invalid", why: "impossible" }, date: null };
  if (chosen.source === "majority") {
    const date = formatMDY({ year: r.year, month, day });
    const [proving, against] =
      chosen.order === "dmy"
        ? [evidence.dayFirst, evidence.monthFirst]
        : [evidence.monthFirst, evidence.dayFirst];
    const fix = date === text.trim() ? null : date;
    return {
      verdict: { kind: "majority", order: chosen.order, date, fix, proving, against },
      date: { year: r.year, month, day },
    };
  }
  const whys = [...r.whys];
  if (r.separator === ".") whys.push("dotted");
  else if (chosen.order === "dmy") whys.push("day-first");
  else if (r.separator === "-") whys.push("dashed");
  const guessedDayFirst = chosen.order === "dmy" && chosen.source === "hint";
  return verdictFor(text, { year: r.year, month, day }, whys, guessedDayFirst);
}

/** One value's verdict given its reading and its column's evidence. */
export function resolveReading(
  text: string,
  r: DateReading,
  evidence: ColumnEvidence,
  options: DateColumnOptions,
): ResolvedDate {
  switch (r.kind) {
    case "empty":
      return { verdict: r, date: null };
    case "invalid":
      return { verdict: r, date: null };
    case "date":
      return verdictFor(text, r.date, r.whys, false);
    case "day-month":
      return resolveDayMonth(text, r, evidence, options);
  }
}

/** Every value's verdict plus the day it was read as (for callers that need the date itself). */
export function resolveDateColumn(values: string[], options: DateColumnOptions): ResolvedDate[] {
  const readings = values.map((v) => readDateText(v, options.dateSystem));
  const evidence = gatherEvidence(readings);
  return readings.map((r, i) => resolveReading(values[i], r, evidence, options));
}

export function checkDateColumn(values: string[], options: DateColumnOptions): DateVerdict[] {
  return resolveDateColumn(values, options).map((r) => r.verdict);
}

/** One value on its own (its own digits are its only evidence); null when empty or invalid. */
export function parseDate(text: string, options: Partial<DateColumnOptions> = {}): CivilDate | null {
  const full: DateColumnOptions = {
    dateOrder: options.dateOrder ?? "mdy",
    dateSystem: options.dateSystem ?? 1900,
  };
  if (options.dateOrderHint) full.dateOrderHint = options.dateOrderHint;
  return resolveDateColumn([text], full)[0].date;
}
