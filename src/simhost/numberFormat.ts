// Display text (Range.text) for a stored value under a number format: a small subset of Excel's
// format language (General, @, date/time tokens, 0 / 0.00 / #,##0 / % / $ / scientific).
import { serialToYmd, type DateSystem } from "./dates";
import { isGeneral, TEXT_FORMAT, type CellScalar } from "./coercion";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mant, exp] = n.toExponential(5).split("e");
    const e = Number(exp);
    return `${String(Number(mant))}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[dy]|h|(^|[^0#])m/i.test(bare) && !/[0#]/.test(bare);
}

function formatDate(serial: number, format: string, system: DateSystem): string {
  if (serial < 0) return "#".repeat(8);
  const { y, m, d } = serialToYmd(serial, system);
  const secs = Math.round((serial - Math.floor(serial)) * 86400);
  const hh = Math.floor(secs / 3600) % 24;
  const mi = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  const ampm = /AM\/PM/i.test(format);
  const tokens = format.match(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|"[^"]*"|\\.|./gi) ?? [];
  let out = "";
  let afterHour = false;
  for (const tok of tokens) {
    const low = tok.toLowerCase();
    if (low === "yyyy") out += String(y);
    else if (low === "yy") out += String(y % 100).padStart(2, "0");
    else if (low === "mmmm") out += MONTH_NAMES[m - 1];
    else if (low === "mmm") out += MONTH_NAMES[m - 1].slice(0, 3);
    else if (low === "mm" || low === "m") {
      const v = afterHour ? mi : m; // "m" after an hour token means minutes
      out += low === "mm" ? String(v).padStart(2, "0") : String(v);
    } else if (low === "dd") out += String(d).padStart(2, "0");
    else if (low === "d") out += String(d);
    else if (low === "hh" || low === "h") {
      const h = ampm ? hh % 12 || 12 : hh;
      out += low === "hh" ? String(h).padStart(2, "0") : String(h);
      afterHour = true;
      continue;
    } else if (low === "ss" || low === "s") out += low === "ss" ? String(ss).padStart(2, "0") : String(ss);
    else if (low === "am/pm") out += hh < 12 ? "AM" : "PM";
    else if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith("\\")) out += tok.slice(1);
    else out += tok;
    if (!/^[:\s]$/.test(tok)) afterHour = false;
  }
  return out;
}

function formatNumeric(n: number, format: string): string | null {
  const m = /^([^0#]*?)(#,##0|#,#0|0)(\.(0+))?(%|E\+00)?([^0#]*)$/.exec(format);
  if (!m) return null;
  const [, prefix, intPart, , decimals = "", suffix, trailer] = m;
  if (suffix === "E+00") {
    const [mant, exp] = n.toExponential(decimals.length).split("e");
    const e = Number(exp);
    return `${prefix}${mant}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}${trailer}`;
  }
  const scaled = suffix === "%" ? n * 100 : n;
  let body = Math.abs(scaled).toFixed(decimals.length);
  if (intPart.includes(",")) {
    const [i, f] = body.split(".");
    body = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (f !== undefined ? `.${f}` : "");
  }
  const sign = scaled < 0 && Number(body.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${prefix}${body}${suffix === "%" ? "%" : ""}${trailer}`;
}

export function displayText(
  value: CellScalar | undefined,
  format: string | undefined,
  system: DateSystem,
): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isGeneral(format) || format === TEXT_FORMAT) return formatGeneral(value);
  const fmt = (format as string).split(";")[0];
  if (isDateFormat(fmt)) return formatDate(value, fmt, system);
  return formatNumeric(value, fmt) ?? formatGeneral(value);
}
