// What Excel does with a string written into a cell (by the API's values setter or a user's paste):
// in a Text ("@") cell it stays text; otherwise numbers, percents, dates, times and booleans are
// recognised and the cell may get a number format (General -> "m/d/yyyy" for a date).
import { ymdToSerial, type DateSystem } from "./dates";

export type CellScalar = string | number | boolean;

export interface StoredValue {
  value: CellScalar;
  /** Set when the string is an Excel error literal such as "#N/A". */
  isError?: boolean;
  formula?: string;
  /** Number format Excel applies because of what was typed (only when the cell was General). */
  impliedFormat?: string;
}

export type DateOrder = "MDY" | "DMY" | "YMD";

export interface CoercionSettings {
  dateSystem: DateSystem;
  dateOrder: DateOrder;
}

export const TEXT_FORMAT = "@";
export const GENERAL = "General";
const ERROR_LITERALS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
]);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function isGeneral(format: string | undefined): boolean {
  return !format || format.toLowerCase() === "general";
}

/** Excel keeps 15 significant digits. */
export function toExcelPrecision(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

export function coerceInput(
  raw: CellScalar,
  cellFormat: string | undefined,
  settings: CoercionSettings,
): StoredValue {
  if (typeof raw === "number") return { value: toExcelPrecision(raw) };
  if (typeof raw === "boolean") return { value: raw };
  if (cellFormat === TEXT_FORMAT) return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) }; // the quote prefix forces text
  if (raw.startsWith("=") && raw.length > 1) return { value: raw, formula: raw };
  const text = raw.trim();
  if (text === "") return { value: raw };
  if (ERROR_LITERALS.has(text.toUpperCase())) return { value: text.toUpperCase(), isError: true };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const general = isGeneral(cellFormat);
  const parsed = parseNumberLike(text) ?? parseDateTime(text, settings);
  if (!parsed) return { value: raw };
  return { value: toExcelPrecision(parsed.value), impliedFormat: general ? parsed.format : undefined };
}

interface Parsed {
  value: number;
  format?: string;
}

function parseNumberLike(text: string): Parsed | null {
  let s = text;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let currency = false;
  const cur = /^([+-]?)\$(.*)$/.exec(s);
  if (cur) {
    currency = true;
    s = cur[1] + cur[2];
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === "" && (!m[3] || m[3] === "."))) return null;
  const grouped = m[2].includes(",");
  let value = Number(
    `${m[1]}${m[2].replace(/,/g, "") || "0"}${m[3] ?? ""}${m[4] !== undefined ? `e${m[4]}` : ""}`,
  );
  if (!Number.isFinite(value)) return null;
  if (negative) value = -value;
  if (percent) return { value: value / 100, format: m[3] && m[3].length > 1 ? "0.00%" : "0%" };
  if (currency) return { value, format: m[3] && m[3].length > 1 ? "$#,##0.00" : "$#,##0" };
  if (m[4] !== undefined) return { value, format: "0.00E+00" };
  if (grouped) return { value, format: m[3] && m[3].length > 1 ? "#,##0.00" : "#,##0" };
  return { value };
}

function parseYear(text: string): number {
  const y = Number(text);
  if (text.length <= 2) return y < 30 ? 2000 + y : 1900 + y; // Excel's two-digit year window
  return y;
}

function monthFromName(text: string): number {
  const i = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return i < 0 || (text.length > 3 && !/^[a-z]+$/i.test(text)) ? -1 : i + 1;
}

function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86400;
}

function parseDate(text: string, settings: CoercionSettings): number | null {
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    y = parseYear(m[3]);
    [mo, d] = settings.dateOrder === "DMY" ? [b, a] : [a, b];
  } else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ,]+(\d{2}|\d{4})$/.exec(text))) {
    [d, mo, y] = [Number(m[1]), monthFromName(m[2]), parseYear(m[3])];
  } else if ((m = /^([A-Za-z]{3,9})[- ](\d{1,2}),?[- ](\d{4})$/.exec(text))) {
    [mo, d, y] = [monthFromName(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return null;
  }
  return ymdToSerial(y, mo, d, settings.dateSystem);
}

function parseDateTime(text: string, settings: CoercionSettings): Parsed | null {
  const time = parseTime(text);
  if (time !== null) return { value: time, format: "h:mm" };
  const dt = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$/.exec(text);
  if (dt) {
    const day = parseDate(dt[1], settings);
    const t = parseTime(dt[2]);
    return day !== null && t !== null ? { value: day + t, format: "m/d/yyyy h:mm" } : null;
  }
  const day = parseDate(text, settings);
  return day === null ? null : { value: day, format: "m/d/yyyy" };
}
