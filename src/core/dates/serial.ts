// Excel date serials. The 1900 system counts 1/1/1900 as 1 and, copying Lotus 1-2-3, pretends
// 1900 was a leap year: serial 60 is the non-existent 29 Feb 1900, so serials 1–59 sit one day
// later on the calendar than the arithmetic for serials ≥ 61 would put them. The 1904 system
// (old Mac workbooks) counts 1/1/1904 as 0 and has no such quirk.
import { civilFromDays, daysFromCivil, isYearInRange, type CivilDate } from "./calendar";

export type DateSystem = 1900 | 1904;

/** The serial Excel shows as 29 Feb 1900: it is not a real day. */
export const FAKE_LEAP_DAY_SERIAL = 60;

const EPOCH_1900 = daysFromCivil({ year: 1899, month: 12, day: 30 }); // serial 0 for serials ≥ 61
const EPOCH_1904 = daysFromCivil({ year: 1904, month: 1, day: 1 });

/**
 * The calendar day of a serial (any fraction is the time of day and is dropped). Null for the
 * fake 29 Feb 1900, for serials before the system's first day and for years past 9999.
 */
export function serialToDate(serial: number, system: DateSystem): CivilDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let date: CivilDate;
  if (system === 1904) {
    if (whole < 0) return null;
    date = civilFromDays(EPOCH_1904 + whole);
  } else {
    if (whole < 1 || whole === FAKE_LEAP_DAY_SERIAL) return null;
    date = civilFromDays(EPOCH_1900 + whole + (whole < FAKE_LEAP_DAY_SERIAL ? 1 : 0));
  }
  return isYearInRange(date.year) ? date : null;
}

/** The serial Excel stores for a calendar day (inverse of serialToDate; for writing cells back). */
export function dateToSerial(date: CivilDate, system: DateSystem): number {
  const days = daysFromCivil(date);
  if (system === 1904) return days - EPOCH_1904;
  const serial = days - EPOCH_1900;
  // Days up to 28 Feb 1900 come before the fake leap day, so their serial is one less.
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}
