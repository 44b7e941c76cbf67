import type { Finding } from "../../types";
import { checkYesNo } from "../values/yesNo";
import { checkCell, type CellPlan } from "./checkCell";

const plan = (overrides: Partial<CellPlan> = {}): CellPlan => ({
  column: "Col",
  rule: null,
  multiline: false,
  deferWhitespace: false,
  ...overrides,
});

describe("checkCell", () => {
  const cases = [
    { raw: "text", p: plan(), expected: [], notes: "clean text" },
    {
      raw: " text ",
      p: plan(),
      expected: ["whitespace→text"],
      notes: "surrounding spaces: notice with trimmed fix",
    },
    { raw: "   ", p: plan(), expected: ["whitespace→"], notes: "whitespace-only cell trims to empty" },
    { raw: "a\u0007b", p: plan(), expected: ["control-character"], notes: "bell character" },
    { raw: "=1+1", p: plan(), expected: ["formula-like"], notes: "CSV injection: warned, no fix" },
    {
      raw: " =SUM(A1) ",
      p: plan(),
      expected: ["formula-like", "whitespace→=SUM(A1)"],
      notes: "judged after trimming: the whitespace fix would expose the formula",
    },
    { raw: "+1 425 555 0100", p: plan(), expected: [], notes: "a phone number is not a formula" },
    { raw: "@Home Networks Ltd", p: plan(), expected: [], notes: "an @ start is ordinary text" },
    {
      raw: "#N/A",
      p: plan(),
      expected: ["excel-error-value"],
      notes: "data lost in a spreadsheet: warned, no fix",
    },
    {
      raw: "line 1\nline 2",
      p: plan(),
      expected: ["control-character"],
      notes: "line break in a one-line column",
    },
    {
      raw: "line 1\nline 2",
      p: plan({ multiline: true }),
      expected: [],
      notes: "line breaks allowed in Notes",
    },
    {
      raw: "a\tb",
      p: plan({ multiline: true }),
      expected: ["control-character"],
      notes: "tab is not a line break",
    },
    {
      raw: "text\n",
      p: plan(),
      expected: ["whitespace→text"],
      notes: "edge line break is whitespace, not a control warning",
    },
    {
      raw: " yes ",
      p: plan({ rule: checkYesNo }),
      expected: ["not-canonical→Yes"],
      notes: "value fix already trims",
    },
    {
      raw: " maybe ",
      p: plan({ rule: checkYesNo }),
      expected: ["invalid-yes-no", "whitespace→maybe"],
      notes: "an error without fix keeps the whitespace notice",
    },
    {
      raw: " 1/30/2020",
      p: plan({ deferWhitespace: true }),
      expected: [],
      notes: "date columns report whitespace later",
    },
  ];
  it.each(cases)("$notes", ({ raw, p, expected }) => {
    const out: Finding[] = [];
    checkCell(raw, 1, 0, p, { row: 0, col: 0 }, out);
    expect(out.map((f) => (f.fix === null ? f.code : `${f.code}→${f.fix}`))).toEqual(expected);
  });
});
