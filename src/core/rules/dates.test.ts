import type { Finding } from "../types";
import { checkDates, type DateSettings } from "./dates";

const run = (raws: string[], settings: DateSettings = { dateOrder: "auto", dateSystem: 1900 }) => {
  const out: Finding[] = [];
  checkDates(
    { column: "Estimated Close Date", col: 23, tableRows: raws.map((_, i) => i + 1), raws },
    settings,
    { row: 0, col: 0 },
    out,
  );
  return out.map((f) => `${f.code}/${f.severity}${f.fix === null ? "" : `→${f.fix}`}@${f.cell}`);
};

describe("checkDates", () => {
  const cases = [
    { raws: ["1/30/2020", ""], expected: [], notes: "canonical and empty values" },
    { raws: ["01/30/2020"], expected: ["date-not-canonical/notice→1/30/2020@X2"], notes: "zero-padded" },
    { raws: ["2020-01-30"], expected: ["date-not-canonical/notice→1/30/2020@X2"], notes: "ISO form" },
    {
      raws: ["1/30/20"],
      expected: ["date-two-digit-year/warning→1/30/2020@X2"],
      notes: "two-digit year warns",
    },
    {
      raws: ["30/1/2020", "5/6/2020"],
      expected: ["date-reordered/notice→1/30/2020@X2", "date-reordered/notice→6/5/2020@X3"],
      notes: "column proven day-first: every slashed date reinterpreted",
    },
    {
      raws: ["30/1/2020", "1/30/2020", "5/6/2020"],
      expected: ["date-reordered/notice→1/30/2020@X2", "date-ambiguous/error@X4"],
      notes: "as many values of each order in one column: the ambiguous value is an error",
    },
    {
      raws: ["30/1/2020", "1/30/2020", "2/28/2020", "05/06/2020"],
      expected: ["date-reordered/notice→1/30/2020@X2", "date-majority-month-first/warning→5/6/2020@X5"],
      notes: "more month-first than day-first: the ambiguous value is read month-first, a warning",
    },
    { raws: ["2/30/2024"], expected: ["date-impossible/error@X2"], notes: "no 30 February" },
    { raws: ["60"], expected: ["date-impossible/error@X2"], notes: "serial 60 is Excel's fake 29 Feb 1900" },
    { raws: ["soon"], expected: ["date-invalid/error@X2"], notes: "unparseable" },
    {
      raws: [" 1/30/2020 "],
      expected: ["whitespace/notice→1/30/2020@X2"],
      notes: "canonical date with spaces",
    },
    {
      raws: [" 01/30/2020"],
      expected: ["date-not-canonical/notice→1/30/2020@X2"],
      notes: "the date fix already trims: no separate whitespace notice",
    },
  ];
  it.each(cases)("$notes", ({ raws, expected }) => {
    expect(run(raws)).toEqual(expected);
  });
});

describe("a column of 5,000 dates of which 12 are day-first", () => {
  // Month-first dates, a third proving their order (day above 12), the rest ambiguous; 12 day-first.
  const raws: string[] = [];
  for (let i = 0; i < 4988; i++) {
    const month = (i % 12) + 1;
    const day = i % 3 === 0 ? 13 + (i % 15) : (i % 12) + 1 === 12 ? 11 : ((i * 7) % 12) + 1;
    raws.push(`${month}/${day}/2026`);
  }
  for (let i = 0; i < 12; i++) raws.splice(i * 400, 0, `${20 + (i % 8)}/${(i % 12) + 1}/2026`);
  const codes = (dateOrder: "auto" | "mdy" | "dmy") => {
    const counts = new Map<string, number>();
    for (const f of run(raws, { dateOrder, dateSystem: 1900 })) {
      const key = f.replace(/→.*|@.*/g, "");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return Object.fromEntries(counts);
  };
  const ambiguous = raws.filter((r) => {
    const [a, b] = r.split("/").map(Number);
    return a <= 12 && b <= 12 && a !== b;
  }).length;

  it("auto: no error; the ambiguous dates are read month-first like the majority, as warnings", () => {
    expect(ambiguous).toBeGreaterThan(1500);
    expect(codes("auto")).toEqual({
      "date-reordered/notice": 12,
      "date-majority-month-first/warning": ambiguous,
    });
  });

  it("--date-order mdy: only the 12 day-first dates are reported, as reordered", () => {
    expect(codes("mdy")).toEqual({ "date-reordered/notice": 12 });
  });

  it("--date-order dmy: the ambiguous dates are re-read day-first with fixes, no error", () => {
    expect(codes("dmy")).toEqual({ "date-reordered/notice": 12 + ambiguous });
  });
});
