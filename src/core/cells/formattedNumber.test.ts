import { formattedNumberText } from "./formattedNumber";

const text = (value: number, format: string) => formattedNumberText(value, format, 1900);

describe("formattedNumberText: formats that change what a number means", () => {
  it.each([
    [0.4, "0%", "40%"],
    [0.4, "0.00%", "40%"],
    [1, "0%", "100%"],
    [0.125, "0.0%", "12.5%"],
    [0.07, "0%", "7%"],
    [-0.1, "0%;-0%", "-10%"],
  ])("a percent: %p under %p reads %p", (value, format, expected) =>
    expect(text(value, format)).toBe(expected),
  );

  it.each([
    [46052, "m/d/yyyy", "1/30/2026"],
    [46052, "d-mmm-yy", "1/30/2026"],
    [46052, "[$-409]mmmm d, yyyy;@", "1/30/2026"],
    [46052, "dd/mm/yyyy", "1/30/2026"],
  ])("a date: %p under %p reads %p (M/D/YYYY, whatever the display order)", (value, format, expected) =>
    expect(text(value, format)).toBe(expected),
  );

  it.each([
    [1234, "00000", "01234"],
    [81466849, "000000000", "081466849"],
    [12345678, "00000-0000", "01234-5678"],
    [123456789, "000-00-0000", "123-45-6789"],
    [12, '"SOL-"0000', "SOL-0012"],
    [12, "\\S\\O\\L-0000", "SOL-0012"],
    [1234567, "00000", "1234567"],
    [7, "00", "07"],
  ])("leading zeros or literal text: %p under %p reads %p", (value, format, expected) =>
    expect(text(value, format)).toBe(expected),
  );

  it.each([
    [12563, "General"],
    [12563, "@"],
    [12563, "0"],
    [12563, "$0"],
    [12563, "0.00"],
    [12563, "#,##0"],
    [12563, "$#,##0.00"],
    [12563, "[$€-407] #,##0.00"],
    [12563, "#,##0;[Red]-#,##0"],
    [1.5e15, "0.00E+00"],
    [0.5, "# ?/?"],
    [4255550100, "[<=9999999]###-####;(###) ###-####"],
    [46052.5, "m/d/yyyy h:mm"],
    [0.5, "h:mm"],
    [12.5, "00000"],
    [Number.NaN, "0%"],
  ])("decoration or beyond what is modelled: %p under %p keeps its value (null)", (value, format) =>
    expect(text(value, format)).toBeNull(),
  );

  it("picks the section for negative numbers and zero", () => {
    expect(text(-1234, "00000;(00000)")).toBe("(01234)");
    expect(text(-1234, "00000")).toBe("-01234");
    expect(text(0, "00000;-00000;000")).toBe("000");
  });
});
