import { formatMDY } from "./calendar";
import { dateToSerial, serialToDate, type DateSystem } from "./serial";

const cases: Array<{ serial: number; system: DateSystem; expected: string | null; notes: string }> = [
  { serial: 1, system: 1900, expected: "1/1/1900", notes: "the 1900 system's first day" },
  { serial: 59, system: 1900, expected: "2/28/1900", notes: "last serial before Excel's fake leap day" },
  {
    serial: 60,
    system: 1900,
    expected: null,
    notes: "29 Feb 1900 never existed (Lotus 1-2-3 bug Excel kept)",
  },
  {
    serial: 61,
    system: 1900,
    expected: "3/1/1900",
    notes: "from 61 on the serials follow the real calendar",
  },
  {
    serial: 43860,
    system: 1900,
    expected: "1/30/2020",
    notes: "the article's example date as Excel stores it",
  },
  {
    serial: 43860.75,
    system: 1900,
    expected: "1/30/2020",
    notes: "a fraction is the time of day: the day is kept",
  },
  { serial: 2958465, system: 1900, expected: "12/31/9999", notes: "Excel's last date" },
  { serial: 2958466, system: 1900, expected: null, notes: "past year 9999" },
  { serial: 0, system: 1900, expected: null, notes: "Excel shows 0 as 1/0/1900, not a day" },
  { serial: 0, system: 1904, expected: "1/1/1904", notes: "the 1904 system counts from 0" },
  {
    serial: 42398,
    system: 1904,
    expected: "1/30/2020",
    notes: "same day as 1900-serial 43860: the systems differ by 1462",
  },
  {
    serial: 60,
    system: 1904,
    expected: "3/1/1904",
    notes: "serial 60 is an ordinary day in the 1904 system",
  },
  { serial: -1, system: 1904, expected: null, notes: "negative serials are not dates" },
];

describe("serialToDate", () => {
  it.each(cases)("$serial ($system) → $expected: $notes", ({ serial, system, expected }) => {
    const date = serialToDate(serial, system);
    expect(date ? formatMDY(date) : null).toBe(expected);
  });

  it.each(cases.filter((c) => c.expected !== null && Number.isInteger(c.serial)))(
    "dateToSerial inverts $serial ($system): $notes",
    ({ serial, system }) => {
      expect(dateToSerial(serialToDate(serial, system)!, system)).toBe(serial);
    },
  );

  it("round-trips every serial across the fake leap day and a few centuries", () => {
    for (const system of [1900, 1904] as const) {
      for (let serial = system === 1900 ? 1 : 0; serial < 80000; serial += serial < 400 ? 1 : 97) {
        if (system === 1900 && serial === 60) continue;
        expect(dateToSerial(serialToDate(serial, system)!, system)).toBe(serial);
      }
    }
  });
});
