import { textSafeForExcel } from "./textSafe";

/** What Excel shows for a CSV cell holding a string-literal formula `="…"`: the literal. */
function shownByExcel(cell: string): string {
  const literal = /^="((?:[^"]|"")*)"$/.exec(cell);
  return literal ? literal[1].replace(/""/g, '"') : cell;
}

const cases: Array<{ value: string; wrapped: boolean; notes: string }> = [
  { value: "", wrapped: false, notes: "an empty cell stays empty" },
  { value: "Contoso Ltd", wrapped: false, notes: "ordinary text is left as it is" },
  { value: "Müller GmbH", wrapped: false, notes: "a letter outside ASCII still starts text" },
  { value: "00123", wrapped: true, notes: "Excel would drop the leading zeros" },
  { value: "1/30/2026", wrapped: true, notes: "Excel would turn it into a date (or worse, day-first)" },
  { value: "30/01/2026", wrapped: true, notes: "a day-first date" },
  { value: "1-2", wrapped: true, notes: "Excel would read 2 January" },
  { value: "815012345678", wrapped: true, notes: "long digits would show as 8.15E+11" },
  { value: "40%", wrapped: true, notes: "a percentage would become 0.4" },
  { value: "TRUE", wrapped: true, notes: "a boolean" },
  { value: "Mar 3", wrapped: true, notes: "a month name and a number read as a date" },
  { value: '=HYPERLINK("http://x","y")', wrapped: true, notes: "a formula must not run" },
  { value: "+1 425 555 0100", wrapped: true, notes: "a phone number starting with + is a formula to Excel" },
  { value: "@Home", wrapped: true, notes: "an @ start is a formula to Excel" },
  { value: "#N/A", wrapped: true, notes: "an error value" },
  { value: 'Say "hi"', wrapped: false, notes: "quotes in text stay; the CSV writer quotes them" },
];

describe("textSafeForExcel", () => {
  it.each(cases)("$notes: $value", ({ value, wrapped }) => {
    const safe = textSafeForExcel(value);
    expect(safe !== value).toBe(wrapped);
    expect(shownByExcel(safe)).toBe(value);
  });

  it("doubles quotes inside the formula literal so the text cannot close it", () => {
    const value = '="x")&CMD("';
    expect(textSafeForExcel(value)).toBe('="=""x"")&CMD("""');
    expect(shownByExcel(textSafeForExcel(value))).toBe(value);
  });

  it("puts an apostrophe before a formula too long for a literal, and leaves other long text", () => {
    const formula = "=" + "A".repeat(300);
    expect(textSafeForExcel(formula)).toBe("'" + formula);
    const digits = "1".repeat(300);
    expect(textSafeForExcel(digits)).toBe(digits);
    const multiLine = "-first\n-second";
    expect(textSafeForExcel(multiLine)).toBe("'" + multiLine);
  });
});
