// The two amount shapes whose old message ("is not a non-negative number") did not say what was
// wrong: `.5` (a number, but no digit before the point) and `12,563` / `€12.563` (thousands or
// decimals?). Their messages now say what is wrong and what to write.
import { create, tableOf } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

function amountFindings(amount: string) {
  const findings = checkTable(tableOf([create({ "Estimated Deal Value": amount })])).findings;
  return findings
    .filter((f) => f.column === "Estimated Deal Value")
    .map(({ code, severity, message, fix }) => ({ code, severity, message, fix }));
}

describe("unclear amounts get a message that says what to write", () => {
  const cases = [
    {
      amount: ".5",
      expected: {
        code: "money-leading-point",
        severity: "notice",
        message:
          'Estimated Deal Value value ".5" has no digit before its decimal point; it will be written as "0.5".',
        fix: "0.5",
      },
      notes:
        "RULES.md: .5 is a notice with the fix 0.5 (was: an error saying it is not a non-negative number)",
    },
    {
      amount: "12,563",
      expected: {
        code: "money-separator-ambiguous",
        severity: "error",
        message:
          'Estimated Deal Value value "12,563" is unclear: the "," before the last three digits may separate thousands (12563) or mark decimals (12.563); write 12563 or 12.563, with no thousands separator and "." for decimals.',
        fix: null,
      },
      notes: "comma before three digits: US thousands or European decimals; no guessed fix",
    },
    {
      amount: "€12.563",
      expected: {
        code: "money-separator-ambiguous",
        severity: "error",
        message:
          'Estimated Deal Value value "€12.563" is unclear: the "." before the last three digits may separate thousands (12563) or mark decimals (12.563); write 12563 or 12.563, with no thousands separator and "." for decimals.',
        fix: null,
      },
      notes: "a point before three digits after a stripped euro sign: European thousands or a decimal",
    },
    {
      amount: "1,500",
      expected: {
        code: "money-separator-ambiguous",
        severity: "error",
        message:
          'Estimated Deal Value value "1,500" is unclear: the "," before the last three digits may separate thousands (1500) or mark decimals (1.5); write 1500 or 1.5, with no thousands separator and "." for decimals.',
        fix: null,
      },
      notes: "the decimal reading is written without its trailing zeros",
    },
  ];
  it.each(cases)("$amount: $notes", ({ amount, expected }) => {
    expect(amountFindings(amount)).toEqual([expected]);
  });

  it("leaves 12.563 alone where it is already a plain decimal", () => {
    expect(amountFindings("12.563")).toEqual([]);
  });
});
