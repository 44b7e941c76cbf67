// Which date system the workbook uses (1900 or 1904), without writing anything.
//
// Workbook.use1904DateSystem is preview-only, and writing a known date to a scratch cell would
// change the workbook (and fail on a protected one). Instead we compare, for date-column cells
// holding a number, the stored serial with the text Excel displays for it: the displayed year is
// the year of the serial in the workbook's own system. The two systems are 1,462 days apart, so
// the 1900 reading and the 1904 reading of one serial differ by four years and a visible 4-digit
// year tells them apart whatever the user's locale or date format. No evidence (no date serials,
// or formats that hide the year) → 1900, the default of every Excel since 2011 for Mac.
import { serialToDate, type DateSystem } from "../core/dates";

export interface DateSample {
  serial: number;
  text: string;
}

function yearsIn(text: string): Set<number> {
  return new Set((text.match(/(?<!\d)\d{4}(?!\d)/g) ?? []).map(Number));
}

export function detectDateSystem(samples: readonly DateSample[]): DateSystem {
  let votes1900 = 0;
  let votes1904 = 0;
  for (const { serial, text } of samples) {
    const years = yearsIn(text);
    const y1900 = serialToDate(serial, 1900)?.year;
    const y1904 = serialToDate(serial, 1904)?.year;
    const says1900 = y1900 !== undefined && years.has(y1900);
    const says1904 = y1904 !== undefined && years.has(y1904);
    if (says1900 && !says1904) votes1900++;
    if (says1904 && !says1900) votes1904++;
  }
  return votes1904 > votes1900 ? 1904 : 1900;
}
