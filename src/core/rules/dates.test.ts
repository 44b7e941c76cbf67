import type { Finding } from "../types";
import { checkDates } from "./dates";

const run = (raws: string[], settings = { dateOrder: "auto" as const, dateSystem: 1900 as const }) => {
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
      notes: "both orders in one column: the ambiguous value is an error",
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
