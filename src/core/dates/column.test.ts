import {
  checkDateColumn,
  parseDate,
  resolveDateColumn,
  type DateColumnOptions,
  type DateVerdict,
} from "./column";

const MDY: DateColumnOptions = { dateOrder: "mdy", dateSystem: 1900 };
const AUTO: DateColumnOptions = { dateOrder: "auto", dateSystem: 1900 };

const fix = (to: string, why: string, severity: "notice" | "warning" = "notice"): DateVerdict =>
  ({ kind: "fix", fix: to, severity, why }) as DateVerdict;
const invalid = (why: string): DateVerdict => ({ kind: "invalid", why }) as DateVerdict;
const OK: DateVerdict = { kind: "ok" };
const majority = (
  order: "mdy" | "dmy",
  date: string,
  to: string | null,
  proving: number,
  against: number,
): DateVerdict => ({ kind: "majority", order, date, fix: to, proving, against });

/** Single values in an otherwise silent column: the form alone decides. */
const singleValues: Array<{
  value: string;
  options?: DateColumnOptions;
  expected: DateVerdict;
  notes: string;
}> = [
  { value: "", expected: { kind: "empty" }, notes: "empty cells are the required-field rule's business" },
  { value: "   ", expected: { kind: "empty" }, notes: "whitespace only counts as empty" },
  { value: "1/30/2020", expected: OK, notes: "the article's own example, already canonical" },
  {
    value: " 1/30/2020 ",
    expected: OK,
    notes: "surrounding whitespace is reported by the whitespace rule, not here",
  },
  { value: "12/31/9999", expected: OK, notes: "last year in range" },
  {
    value: "01/30/2020",
    expected: fix("1/30/2020", "zero-padded"),
    notes: "zero-padded month is accepted and normalised",
  },
  { value: "1/05/2020", expected: fix("1/5/2020", "zero-padded"), notes: "zero-padded day" },
  { value: "2020-01-30", expected: fix("1/30/2020", "iso"), notes: "ISO 8601 date" },
  { value: "2020-1-5", expected: fix("1/5/2020", "iso"), notes: "ISO without padding is still year-first" },
  {
    value: "2020/01/30",
    expected: fix("1/30/2020", "iso"),
    notes: "year-first with slashes (East Asian Excel locales)",
  },
  {
    value: "2020-01-30T00:00:00Z",
    expected: fix("1/30/2020", "time-part"),
    notes: "ISO date-time: the day is kept, time dropped",
  },
  {
    value: "2020-01-30T23:30:00-05:00",
    expected: fix("1/30/2020", "time-part"),
    notes: "offset ignored: the written calendar day wins, never shifted",
  },
  {
    value: "2020-01-30 10:15:30.250",
    expected: fix("1/30/2020", "time-part"),
    notes: "space-separated time with fraction",
  },
  {
    value: "1/30/2020 0:00",
    expected: fix("1/30/2020", "time-part"),
    notes: "what Excel writes for a date-time cell",
  },
  { value: "1/30/2020 11:59 PM", expected: fix("1/30/2020", "time-part"), notes: "12-hour clock" },
  { value: "1/30/2020 25:00", expected: invalid("unparseable"), notes: "hour 25 is not a time" },
  // The time suffix's regular expression was rewritten to be linear (two adjacent `\s*` around an
  // optional AM/PM traded spaces: quadratic on a long run of spaces); these forms keep reading alike.
  { value: "1/30/2020 11:59PM", expected: fix("1/30/2020", "time-part"), notes: "AM/PM without a space" },
  {
    value: "1/30/2020 11:59   p.m.",
    expected: fix("1/30/2020", "time-part"),
    notes: "spaces before a.m./p.m.",
  },
  { value: "1/30/2020 11:59 PM Z", expected: fix("1/30/2020", "time-part"), notes: "AM/PM then a zone" },
  { value: "1/30/2020 11:59PM+0530", expected: fix("1/30/2020", "time-part"), notes: "AM/PM then an offset" },
  {
    value: "2020-01-30 10:15   +05:30",
    expected: fix("1/30/2020", "time-part"),
    notes: "spaces, offset, no AM/PM",
  },
  { value: "1/30/2020 11:59 PM x", expected: invalid("unparseable"), notes: "text after the time" },
  {
    value: "Wednesday, September 30, 2020 11:59:59.999 p.m. +05:30",
    expected: fix("9/30/2020", "time-part"),
    notes: "the longest form read (54 characters) is well inside the length limit",
  },
  {
    value: "1/30/2020 " + "- ".repeat(50_000),
    expected: invalid("unparseable"),
    notes: "text longer than 100 characters is no date (and is not split into 50,000 tokens)",
  },
  {
    value: "1/30/2020 11:59" + " ".repeat(50) + "x",
    expected: invalid("unparseable"),
    notes: "a run of spaces then text",
  },
  {
    value: "1/30/2020 0:00 PM",
    expected: invalid("unparseable"),
    notes: "hour 0 does not exist on a 12-hour clock",
  },
  { value: "43860", expected: fix("1/30/2020", "serial"), notes: "Excel serial (1900 system)" },
  { value: "43860.5", expected: fix("1/30/2020", "serial"), notes: "serial with time of day: noon" },
  {
    value: "43860.75",
    expected: fix("1/30/2020", "serial"),
    notes: "6 pm is still the same day (no rounding up)",
  },
  { value: "60", expected: invalid("serial-60"), notes: "Excel's fake 29 Feb 1900" },
  {
    value: "59",
    expected: invalid("unparseable"),
    notes: "RULES.md: a bare number is a serial only for 1990–2099; 59 is not a close date",
  },
  { value: "2027", expected: invalid("unparseable"), notes: "a year alone is not 7/19/1905" },
  { value: "32874", expected: fix("1/1/1990", "serial"), notes: "first serial read as a date" },
  { value: "73050", expected: fix("12/31/2099", "serial"), notes: "last serial read as a date" },
  { value: "73051", expected: invalid("unparseable"), notes: "1/1/2100: beyond the serial range" },
  { value: "0", expected: invalid("impossible"), notes: "serial 0 is Excel's 1/0/1900" },
  { value: "99999999", expected: invalid("unparseable"), notes: "beyond year 9999: not a serial" },
  {
    value: "42398",
    options: { ...MDY, dateSystem: 1904 },
    expected: fix("1/30/2020", "serial"),
    notes: "1904 date system",
  },
  {
    value: "60",
    options: { ...MDY, dateSystem: 1904 },
    expected: invalid("unparseable"),
    notes: "1904 system: 60 would be 3/1/1904, outside 1990–2099",
  },
  { value: "30/1/2020", expected: fix("1/30/2020", "day-first"), notes: "first part > 12 proves day-first" },
  { value: "30.1.2020", expected: fix("1/30/2020", "dotted"), notes: "German/European dotted form" },
  {
    value: "30.01.2020",
    expected: fix("1/30/2020", "dotted"),
    notes: "dotted wins over zero-padded as the reason",
  },
  {
    value: "30-1-2020",
    expected: fix("1/30/2020", "day-first"),
    notes: "dashed day-first: the order is the news",
  },
  { value: "1-30-2020", expected: fix("1/30/2020", "dashed"), notes: "dashed month-first" },
  {
    value: "1/30/20",
    expected: fix("1/30/2020", "two-digit-year", "warning"),
    notes: "two-digit year → 20YY, warned",
  },
  {
    value: "1/30/99",
    expected: fix("1/30/2099", "two-digit-year", "warning"),
    notes: "always this century: a close date, not a birthday",
  },
  { value: "30-Jan-2020", expected: fix("1/30/2020", "month-name"), notes: "Excel's d-mmm-yyyy" },
  {
    value: "30-Jan-20",
    expected: fix("1/30/2020", "two-digit-year", "warning"),
    notes: "Excel's d-mmm-yy: year is a guess",
  },
  { value: "January 30, 2020", expected: fix("1/30/2020", "month-name"), notes: "US long form" },
  { value: "Jan 30 2020", expected: fix("1/30/2020", "month-name"), notes: "no comma" },
  { value: "30 January 2020", expected: fix("1/30/2020", "month-name"), notes: "British long form" },
  {
    value: "Sept. 3, 2020",
    expected: fix("9/3/2020", "month-name"),
    notes: "abbreviation with a dot, four letters",
  },
  {
    value: "Thursday, January 30, 2020",
    expected: fix("1/30/2020", "month-name"),
    notes: "Excel's long date with weekday",
  },
  { value: "30th January 2020", expected: fix("1/30/2020", "month-name"), notes: "ordinal suffix" },
  { value: "2020-Jan-30", expected: fix("1/30/2020", "month-name"), notes: "year first with month name" },
  {
    value: "jan 30 2020 10:00",
    expected: fix("1/30/2020", "time-part"),
    notes: "lower case name and a time",
  },
  { value: "Feb 30 2020", expected: invalid("impossible"), notes: "month name with an impossible day" },
  { value: "Janvier 30 2020", expected: invalid("unparseable"), notes: "only English month names" },
  { value: "Ju 30 2020", expected: invalid("unparseable"), notes: "two letters could be June or July" },
  { value: "2/30/2024", expected: invalid("impossible"), notes: "the article's impossible date" },
  { value: "13/13/2020", expected: invalid("impossible"), notes: "no order makes this real" },
  { value: "2/29/2023", expected: invalid("impossible"), notes: "2023 is not a leap year" },
  { value: "2/29/2024", expected: OK, notes: "2024 is" },
  { value: "2020-02-30", expected: invalid("impossible"), notes: "impossible ISO date" },
  { value: "1/30/1899", expected: invalid("unparseable"), notes: "before 1900: out of range" },
  { value: "soon", expected: invalid("unparseable"), notes: "free text" },
  { value: "Q3 2020", expected: invalid("unparseable"), notes: "a quarter is not a date" },
  { value: "1/30", expected: invalid("unparseable"), notes: "no year" },
  { value: "1/30/2020/1", expected: invalid("unparseable"), notes: "too many parts" },
  { value: "1/30.2020", expected: invalid("unparseable"), notes: "mixed separators" },
  { value: "-5", expected: invalid("unparseable"), notes: "negative numbers are not serials" },
  {
    value: "20200130",
    expected: invalid("unparseable"),
    notes: "compact YYYYMMDD is not accepted (too big for a serial)",
  },
];

describe("checkDateColumn: one value per column", () => {
  it.each(singleValues)("$value → $expected.kind: $notes", ({ value, options, expected }) => {
    expect(checkDateColumn([value], options ?? MDY)).toEqual([expected]);
  });
});

/** Whole columns: the order of numeric dates comes from the column's own evidence or the options. */
const columns: Array<{
  values: string[];
  options: DateColumnOptions;
  expected: DateVerdict[];
  notes: string;
}> = [
  {
    values: ["13/6/2020", "5/6/2020", "1/2/2020"],
    options: AUTO,
    expected: [fix("6/13/2020", "day-first"), fix("6/5/2020", "day-first"), fix("2/1/2020", "day-first")],
    notes: "13 in first place proves the column day-first; canonical-looking 5/6/2020 is re-read as 5 June",
  },
  {
    values: ["6/13/2020", "5/6/2020"],
    options: { ...AUTO, dateOrderHint: "dmy" },
    expected: [OK, OK],
    notes: "13 in second place proves month-first, beating the locale hint",
  },
  {
    values: ["13/6/2020", "6/13/2020", "5/6/2020", "7/7/2020"],
    options: AUTO,
    expected: [fix("6/13/2020", "day-first"), OK, invalid("ambiguous-order"), OK],
    notes: "as many values prove each order: ambiguous ones are errors (a tie); 7/7 reads the same both ways",
  },
  {
    values: ["5/6/2020", "1/2/2020"],
    options: AUTO,
    expected: [OK, OK],
    notes: "no evidence, auto, default hint month-first",
  },
  {
    values: ["5/6/2020", "1/2/2020"],
    options: { ...AUTO, dateOrderHint: "dmy" },
    expected: [fix("6/5/2020", "day-first", "warning"), fix("2/1/2020", "day-first", "warning")],
    notes: "day-first only because of the locale hint: a guess, so a warning",
  },
  {
    values: ["5/6/2020"],
    options: { dateOrder: "dmy", dateSystem: 1900 },
    expected: [fix("6/5/2020", "day-first")],
    notes: "the user chose day-first: a notice",
  },
  {
    values: ["5/6/2020", "1/30/2020"],
    options: { dateOrder: "dmy", dateSystem: 1900 },
    expected: [fix("6/5/2020", "day-first"), OK],
    notes: "RULES 2026-12: the user's setting decides ambiguous values whatever the column holds (was 5/6)",
  },
  {
    values: ["13/6/2020", "6/13/2020", "7/14/2020", "5/6/2020", "05/06/2020"],
    options: MDY,
    expected: [fix("6/13/2020", "day-first"), OK, OK, OK, fix("5/6/2020", "zero-padded")],
    notes: "an explicit order on a column holding both: ambiguous values read month-first, no error",
  },
  {
    values: ["13/6/2020", "6/13/2020", "7/14/2020", "5/6/2020"],
    options: { dateOrder: "dmy", dateSystem: 1900 },
    expected: [fix("6/13/2020", "day-first"), OK, OK, fix("6/5/2020", "day-first")],
    notes: "and day-first when the user says so; proven values keep their own order",
  },
  {
    values: ["13/6/2020", "6/13/2020", "7/14/2020", "5/6/2020", "05/06/2020", "7/7/2020"],
    options: AUTO,
    expected: [
      fix("6/13/2020", "day-first"),
      OK,
      OK,
      majority("mdy", "5/6/2020", null, 2, 1),
      majority("mdy", "5/6/2020", "5/6/2020", 2, 1),
      OK,
    ],
    notes: "auto, both orders: the majority (2 month-first to 1) reads the ambiguous ones, as warnings",
  },
  {
    values: ["13/6/2020", "14/6/2020", "6/13/2020", "5/6/2020"],
    options: { ...AUTO, dateOrderHint: "mdy" },
    expected: [
      fix("6/13/2020", "day-first"),
      fix("6/14/2020", "day-first"),
      OK,
      majority("dmy", "6/5/2020", "6/5/2020", 2, 1),
    ],
    notes: "a day-first majority beats the locale hint; the fix writes the day-first reading",
  },
  {
    values: ["5.6.2020"],
    options: AUTO,
    expected: [fix("6/5/2020", "dotted")],
    notes: "dotted dates are European: day-first without a warning even with the month-first hint",
  },
  {
    values: ["5.6.2020"],
    options: MDY,
    expected: [fix("6/5/2020", "dotted")],
    notes: "RULES: the order setting is for slashed dates; D.M.YYYY is day-first by its form (was 5/6/2020)",
  },
  {
    values: ["5-6-2020", "06-05-2020"],
    options: { ...AUTO, dateOrderHint: "dmy" },
    expected: [fix("6/5/2020", "day-first"), fix("5/6/2020", "day-first")],
    notes: "D-M-YYYY is day-first by its form, not a locale guess: a notice (was a warning from the hint)",
  },
  {
    values: ["5-6-2026"],
    options: AUTO,
    expected: [fix("6/5/2026", "day-first")],
    notes: "RULES lists D-M-YYYY: 5-6-2026 is 5 June, even with the month-first default",
  },
  {
    values: ["5-6-2026"],
    options: MDY,
    expected: [fix("6/5/2026", "day-first")],
    notes: "a forced month-first setting does not apply to dashed dates",
  },
  {
    values: ["1.30.2026", "1-30-2026"],
    options: { dateOrder: "dmy", dateSystem: 1900 },
    expected: [fix("1/30/2026", "dotted"), fix("1/30/2026", "dashed")],
    notes: "day-first form but no 30th month: the only real reading is month-first",
  },
  {
    values: ["1/30/2026", "5.6.2026"],
    options: AUTO,
    expected: [OK, fix("6/5/2026", "dotted")],
    notes: "month-first slashed evidence does not turn a dotted date month-first (was 5/6/2026)",
  },
  {
    values: ["1/30/2026", "5-6-2026"],
    options: AUTO,
    expected: [OK, fix("6/5/2026", "day-first")],
    notes: "nor a dashed one",
  },
  {
    values: ["30.01.2026", "5/6/2026"],
    options: AUTO,
    expected: [fix("1/30/2026", "dotted"), OK],
    notes:
      "a dotted date is no evidence for slashed ones: 5/6/2026 follows the default month-first (was 6/5)",
  },
  {
    values: ["30-1-2026", "5/6/2026"],
    options: MDY,
    expected: [fix("1/30/2026", "day-first"), OK],
    notes: "a dashed date is no evidence either: the month-first setting decides the slashed one",
  },
  {
    values: ["30.01.2026", "5/6/2026"],
    options: { ...AUTO, dateOrderHint: "dmy" },
    expected: [fix("1/30/2026", "dotted"), fix("6/5/2026", "day-first", "warning")],
    notes: "with no slashed evidence the hint decides, and a hint is only a guess: warning",
  },
  {
    values: ["13/6/2020", "6/13/2020", "5.6.2020", "5-6-2020"],
    options: AUTO,
    expected: [fix("6/13/2020", "day-first"), OK, fix("6/5/2020", "dotted"), fix("6/5/2020", "day-first")],
    notes:
      "a column mixing slashed orders makes only ambiguous slashed values errors, not dotted/dashed ones",
  },
  {
    values: ["5/6/20", "13/6/2020"],
    options: AUTO,
    expected: [fix("6/5/2020", "two-digit-year", "warning"), fix("6/13/2020", "day-first")],
    notes: "two-digit year stays a warning even when the order is proven",
  },
  {
    values: ["2/30/2024", "5/6/2020"],
    options: { ...AUTO, dateOrderHint: "dmy" },
    expected: [invalid("impossible"), fix("6/5/2020", "day-first", "warning")],
    notes: "an impossible date is not evidence of month-first",
  },
  {
    values: ["31/4/2020", "5/6/2020"],
    options: AUTO,
    expected: [invalid("impossible"), OK],
    notes: "31 April is impossible either way, so it is not evidence of day-first",
  },
  {
    values: ["30/1/2020", "2020-02-01", "43860", "", "Jan 5 2020"],
    options: AUTO,
    expected: [
      fix("1/30/2020", "day-first"),
      fix("2/1/2020", "iso"),
      fix("1/30/2020", "serial"),
      { kind: "empty" },
      fix("1/5/2020", "month-name"),
    ],
    notes: "day-first evidence never touches forms that carry their own order",
  },
];

describe("checkDateColumn: column order", () => {
  it.each(columns)("$values: $notes", ({ values, options, expected }) => {
    expect(checkDateColumn(values, options)).toEqual(expected);
  });
});

describe("idempotence", () => {
  const everything = [...singleValues.map((c) => c.value), ...columns.flatMap((c) => c.values)];
  const optionSets: DateColumnOptions[] = [
    MDY,
    AUTO,
    { ...AUTO, dateOrderHint: "dmy" },
    { dateOrder: "dmy", dateSystem: 1900 },
    { dateOrder: "auto", dateSystem: 1904 },
  ];

  it.each(optionSets)(
    "fixed outputs are ok on a second run (first run %j, second run month-first)",
    (options) => {
      for (const column of [everything, ...columns.map((c) => c.values)]) {
        // What the fixer would leave: the fixes applied, ok values unchanged (invalid ones need the user).
        const kept = checkDateColumn(column, options).flatMap((v, i) =>
          v.kind === "fix" ? [v.fix] : v.kind === "majority" ? [v.date] : v.kind === "ok" ? [column[i]] : [],
        );
        expect(kept.length).toBeGreaterThan(0);
        const again = checkDateColumn(kept, { ...MDY, dateSystem: options.dateSystem });
        expect(again.filter((v) => v.kind !== "ok")).toEqual([]);
      }
    },
  );
});

describe("never a different day for a valid unambiguous input", () => {
  it("agrees across every form of every day in 2019–2021 and some far years", () => {
    const days: Array<[number, number, number]> = [];
    for (const year of [2019, 2020, 2021, 1900, 2099, 9999]) {
      for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) days.push([year, m, d]);
    }
    const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    for (const [y, m, d] of days) {
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      const expected = real ? `${m}/${d}/${y}` : null;
      const pad = (n: number) => String(n).padStart(2, "0");
      const forms = [`${y}-${pad(m)}-${pad(d)}`, `${d}-${names[m - 1]}-${y}`, `${names[m - 1]} ${d}, ${y}`];
      for (const form of forms) {
        const got = parseDate(form);
        expect([form, got ? `${got.month}/${got.day}/${got.year}` : null]).toEqual([form, expected]);
      }
      // Day-first with a day above 12 proves its own order.
      if (d > 12) {
        const got = parseDate(`${d}/${m}/${y}`, { dateOrder: "auto" });
        expect([`${d}/${m}/${y}`, got && `${got.month}/${got.day}/${got.year}`]).toEqual([
          `${d}/${m}/${y}`,
          expected,
        ]);
      }
    }
  });

  it("resolveDateColumn returns the day it read", () => {
    expect(resolveDateColumn(["13/6/2020", "x"], AUTO).map((r) => r.date)).toEqual([
      { year: 2020, month: 6, day: 13 },
      null,
    ]);
  });
});
