// The two amount shapes whose old message ("is not a non-negative number") did not say what was
// wrong: `.5` (a number, but no digit before the point) and `12,563` / `€12.563` (thousands or
// decimals?). Their messages now say what is wrong and what to write.
import { create, tableOf } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";
import { checkCsv } from "../../checkFile";

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

describe("12.563 in a semicolon-separated file", () => {
  const csv = (amount: string, delimiter: string) => {
    const table = tableOf([create({ "Estimated Deal Value": amount })]);
    const text = table.rows
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(delimiter))
      .join("\r\n");
    const checked = checkCsv(new TextEncoder().encode(text));
    if (!checked.ok) throw new Error(checked.error.message);
    return checked.result.findings
      .filter((f) => f.column === "Estimated Deal Value")
      .map(({ code, severity, message, fix }) => ({ code, severity, message, fix }));
  };

  const cases = [
    {
      amount: "12.563",
      delimiter: ";",
      expected: [
        {
          code: "money-dot-thousands",
          severity: "warning",
          message:
            'Estimated Deal Value value "12.563" is read as a decimal number, but in this semicolon-separated file "." may separate thousands: if you meant 12563, write 12563.',
          fix: null,
        },
      ],
      notes: "RULES.md: a warning, no fix (European Excel writes thousands with a dot)",
    },
    {
      amount: "12.563",
      delimiter: ",",
      expected: [],
      notes: "a comma file: a plain decimal, valid as written",
    },
    { amount: "0.563", delimiter: ";", expected: [], notes: "a thousands group never starts with 0" },
    { amount: "12.56", delimiter: ";", expected: [], notes: "two decimals are no thousands group" },
    {
      amount: "12,563",
      delimiter: ";",
      expected: [expect.objectContaining({ code: "money-separator-ambiguous", severity: "error" })],
      notes: "a comma before three digits is unclear in any file",
    },
  ];
  it.each(cases)("$amount with $delimiter: $notes", ({ amount, delimiter, expected }) => {
    expect(csv(amount, delimiter)).toEqual(expected);
  });

  it("is the checker's own option too (the Excel layer can pass the file's delimiter)", () => {
    const findings = checkTable(tableOf([create({ "Estimated Deal Value": "1.500" })]), {
      delimiter: ";",
    }).findings;
    expect(findings.map((f) => [f.code, f.params.thousands])).toEqual([["money-dot-thousands", "1500"]]);
  });
});
