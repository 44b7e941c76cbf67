// Excel date serials in the 1900 system (with its fictitious 29 Feb 1900, serial 60) and the 1904 system.

export type DateSystem = 1900 | 1904;

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 = 1 Mar 1900 counts from here
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (y === 1900 && m === 2 && d === 29) return true; // Excel's leap-year bug
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Serial for a calendar date, or null when the date is before the system's epoch or past 9999. */
export function ymdToSerial(y: number, m: number, d: number, system: DateSystem): number | null {
  if (!isValidYmd(y, m, d) || y > 9999) return null;
  if (system === 1904) {
    const serial = Math.round((Date.UTC(y, m - 1, d) - EPOCH_1904) / DAY_MS);
    return serial >= 0 ? serial : null;
  }
  if (y === 1900 && m === 2 && d === 29) return 60;
  const t = Date.UTC(y, m - 1, d);
  if (y < 1900) return null;
  const serial = Math.round((t - EPOCH_1900) / DAY_MS);
  return serial <= 60 ? serial - 1 : serial; // before 1 Mar 1900 the bug shifts by one
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function serialToYmd(serial: number, system: DateSystem): Ymd {
  const whole = Math.floor(serial);
  if (system === 1900) {
    if (whole === 60) return { y: 1900, m: 2, d: 29 };
    const days = whole < 60 ? whole + 1 : whole;
    const dt = new Date(EPOCH_1900 + days * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  const dt = new Date(EPOCH_1904 + whole * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
