// Reads one cell's text into a date shape, without deciding day/month order: that is decided
// per column (see column.ts), because `5/6/2020` means different days in different files.
import { isRealDate, isYearInRange, type CivilDate } from "./calendar";
import { FAKE_LEAP_DAY_SERIAL, serialToDate, type DateSystem } from "./serial";

/** Why a value was rewritten; the column checker reports the most telling one. */
export type DateWhy =
  | "zero-padded"
  | "iso"
  | "serial"
  | "day-first"
  | "dotted"
  | "dashed"
  | "month-name"
  | "two-digit-year"
  | "time-part";

export type InvalidWhy = "unparseable" | "impossible" | "serial-60" | "ambiguous-order";

export type NumericSeparator = "/" | "." | "-";

export type DateReading =
  | { kind: "empty" }
  | { kind: "invalid"; why: InvalidWhy }
  /** A form whose day and month are fixed by the text itself (serial, ISO, month name). */
  | { kind: "date"; date: CivilDate; whys: DateWhy[] }
  /** `a/b/yyyy`, `a.b.yyyy` or `a-b-yyyy`: which of a and b is the day depends on the column. */
  | {
      kind: "day-month";
      first: number;
      second: number;
      year: number;
      separator: NumericSeparator;
      whys: DateWhy[];
    };

const SERIAL = /^\d+(?:\.\d+)?$/;
/**
 * Longer text is no date: the longest form read here, "Wednesday, September 30, 2020 11:59:59.999
 * p.m. +05:30", has 54 characters. Saves splitting a 1 MB cell into half a million tokens.
 */
const MAX_DATE_TEXT = 100;
const SERIAL_FIRST_YEAR = 1990;
const SERIAL_LAST_YEAR = 2099;
const TIME_SUFFIX =
  /^(.*?\d)(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp]\.?[Mm]\.?)\s*)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TOKEN_SPLIT = /[\s,.\-/]+/;
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const YEAR_TOKEN = /^(?:\d{4}|\d{2})$/;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const INVALID = (why: InvalidWhy): DateReading => ({ kind: "invalid", why });

export function readDateText(text: string, system: DateSystem): DateReading {
  // Surrounding whitespace is the whitespace rule's business, not a date problem.
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  if (trimmed.length > MAX_DATE_TEXT) return INVALID("unparseable");
  if (SERIAL.test(trimmed)) return readSerial(trimmed, system);

  const whys: DateWhy[] = [];
  let datePart = trimmed;
  const timed = TIME_SUFFIX.exec(trimmed);
  if (timed) {
    if (!isTimeOfDay(timed)) return INVALID("unparseable");
    datePart = timed[1].trim();
    whys.push("time-part");
  }

  const yearFirst = YEAR_FIRST.exec(datePart);
  if (yearFirst) {
    const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
    return fixedDate({ year, month, day }, [...whys, "iso"]);
  }

  const dayMonth = DAY_MONTH.exec(datePart);
  if (dayMonth) return readDayMonth(dayMonth, whys);

  return readMonthName(datePart, whys);
}

function readSerial(text: string, system: DateSystem): DateReading {
  const serial = Number(text);
  if (system === 1900 && Math.floor(serial) === FAKE_LEAP_DAY_SERIAL) return INVALID("serial-60");
  const date = serialToDate(serial, system);
  // RULES.md: a bare number is a serial only for 1990–2099 (serials 32874–73050 in the 1900
  // system); `2027` or `7` is not a date, never silently 7/19/1905.
  if (date && date.year >= SERIAL_FIRST_YEAR && date.year <= SERIAL_LAST_YEAR)
    return { kind: "date", date, whys: ["serial"] };
  if (date) return INVALID("unparseable");
  // Zero is "1/0/1900" in Excel: a day that does not exist. Huge numbers are not dates at all.
  return INVALID(serial < 1 ? "impossible" : "unparseable");
}

function isTimeOfDay(match: RegExpExecArray): boolean {
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = match[4] === undefined ? 0 : Number(match[4]);
  const maxHour = match[5] ? 12 : 23;
  const minHour = match[5] ? 1 : 0;
  return hour >= minHour && hour <= maxHour && minute <= 59 && second <= 59;
}

function fixedDate(date: CivilDate, whys: DateWhy[]): DateReading {
  if (!isYearInRange(date.year)) return INVALID("unparseable");
  if (!isRealDate(date.year, date.month, date.day)) return INVALID("impossible");
  return { kind: "date", date, whys };
}

/** Two-digit years are read as 20YY: close dates are never in the 1900s (Excel's own pivot would put `35` in 1935). */
function fullYear(token: string): number {
  return token.length === 2 ? 2000 + Number(token) : Number(token);
}

function readDayMonth(match: RegExpExecArray, timeWhys: DateWhy[]): DateReading {
  const [, firstText, separator, secondText, yearText] = match;
  const year = fullYear(yearText);
  if (!isYearInRange(year)) return INVALID("unparseable");
  const whys = [...timeWhys];
  if (yearText.length === 2) whys.push("two-digit-year");
  if (/^0\d/.test(firstText) || /^0\d/.test(secondText)) whys.push("zero-padded");
  const first = Number(firstText);
  const second = Number(secondText);
  // Neither order gives a real day (13/13/2020, 0/5/2020): say so now, whatever the column says.
  if (!isRealDate(year, first, second) && !isRealDate(year, second, first)) return INVALID("impossible");
  return { kind: "day-month", first, second, year, separator: separator as NumericSeparator, whys };
}

function monthOf(token: string): number | null {
  const lower = token.toLowerCase();
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(lower));
  return index < 0 ? null : index + 1;
}

/** `30-Jan-2020`, `30 January 2020`, `January 30, 2020`, `Jan 30 2020`, `Thursday, January 30, 2020`, `2020-Jan-30`. */
function readMonthName(text: string, timeWhys: DateWhy[]): DateReading {
  const tokens = text.replace(WEEKDAY_PREFIX, "").split(TOKEN_SPLIT).filter(Boolean);
  if (tokens.length !== 3) return INVALID("unparseable");
  const monthAt = tokens.findIndex((token) => monthOf(token) !== null);
  let dayToken: string;
  let yearToken: string;
  if (monthAt === 0) [dayToken, yearToken] = [tokens[1], tokens[2]];
  else if (monthAt === 1 && /^\d{4}$/.test(tokens[0])) [yearToken, dayToken] = [tokens[0], tokens[2]];
  else if (monthAt === 1) [dayToken, yearToken] = [tokens[0], tokens[2]];
  else return INVALID("unparseable");
  const day = DAY_TOKEN.exec(dayToken);
  if (!day || !YEAR_TOKEN.test(yearToken)) return INVALID("unparseable");
  const whys: DateWhy[] = [...timeWhys, "month-name"];
  if (yearToken.length === 2) whys.push("two-digit-year");
  return fixedDate(
    { year: fullYear(yearToken), month: monthOf(tokens[monthAt]) as number, day: Number(day[1]) },
    whys,
  );
}
