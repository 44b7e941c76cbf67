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
    { raw: "a\u0007b", p: plan(), expected: ["control-character→ab"], notes: "bell character: removed" },
    {
      raw: "Contoso\u0000Ltd",
      p: plan(),
      expected: ["control-character→ContosoLtd"],
      notes: "a NUL is a cell warning with a fix (RULES.md revision 3)",
    },
    {
      raw: " yes\u0000 ",
      p: plan({ rule: checkYesNo }),
      expected: ["control-character→Yes", "not-canonical→Yes"],
      notes: "the value rule judges the cleaned text; both fixes give the same final text",
    },
    {
      raw: "maybe\u0000",
      p: plan({ rule: checkYesNo }),
      expected: ["control-character→maybe", "invalid-yes-no"],
      notes: "an error without a fix stays without one",
    },
    {
      raw: "=1\u0000",
      p: plan(),
      expected: ["control-character→=1", "formula-like"],
      notes: "formula start judged on the cleaned text",
    },
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
      expected: ["line-break→line 1 line 2"],
      notes: "line break in a one-line column: its own code, a space in its place",
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
      expected: ["control-character→a b"],
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
