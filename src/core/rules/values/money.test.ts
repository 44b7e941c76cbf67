import fc from "fast-check";
import { checkMoney } from "./money";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkMoney", () => {
  runValueCases(checkMoney, [
    { value: "12563", code: null, notes: "plain whole number" },
    { value: "12563.50", code: null, notes: "plain decimal" },
    { value: "0", code: null, notes: "zero is non-negative" },
    { value: "$12,563.00", code: "money-format", fix: "12563", notes: "RULES.md example" },
    {
      value: "12 563,50 €",
      code: "money-format",
      fix: "12563.5",
      notes: "European spacing and comma decimal",
    },
    { value: "12.563,00", code: "money-format", fix: "12563", notes: "dot-grouped European form" },
    { value: "USD 1000", code: "money-format", fix: "1000", notes: "currency code prefix" },
    {
      value: "1.2E+5",
      code: "money-invalid",
      notes: "scientific notation is Excel's display of a number too wide for the cell: no fix (was 120000)",
    },
    {
      value: "1.23457E+11",
      code: "money-invalid",
      notes: "the digits after the sixth are already lost; 123457000000 would be a made-up amount",
    },
    {
      value: "€1.234",
      code: "money-separator-ambiguous",
      notes: "euro: one thousand two hundred thirty-four, or 1.234? said as such, no fix",
    },
    { value: "1.234 €", code: "money-separator-ambiguous", notes: "symbol after the amount, same ambiguity" },
    {
      value: "1.234 EUR",
      code: "money-separator-ambiguous",
      notes: "currency code stripped, same ambiguity",
    },
    {
      value: "$1,234",
      code: "money-separator-ambiguous",
      notes: "1,234 is 1.234 in German: no guessed fix either way",
    },
    { value: "1,234", code: "money-separator-ambiguous", notes: "ambiguous even without a symbol" },
    {
      value: "€12,500",
      code: "money-separator-ambiguous",
      notes: "two digits before the separator, still ambiguous",
    },
    { value: ".5", code: "money-leading-point", fix: "0.5", notes: "RULES.md: a notice with the fix 0.5" },
    { value: ".05", code: "money-leading-point", fix: "0.05", notes: "the digits after the point are kept" },
    { value: "$.5", code: "money-invalid", notes: "with a symbol too it is no mechanical fix" },
    { value: "5.", code: "money-invalid", notes: "a trailing point is not this shape" },
    { value: "1,2345", code: "money-invalid", notes: "four digits after a comma: neither reading is safe" },
    { value: "1.234", code: null, notes: "plain dot-decimal is valid as written; nothing is rewritten" },
    {
      value: "$1,234.00",
      code: "money-format",
      fix: "1234",
      notes: "comma grouping plus dot decimals is unambiguous",
    },
    { value: "1,234,567", code: "money-format", fix: "1234567", notes: "two groups can only be grouping" },
    { value: "1.234,5 €", code: "money-format", fix: "1234.5", notes: "dot grouping plus comma decimal" },
    { value: "€1.5", code: "money-format", fix: "1.5", notes: "one decimal digit is no thousands group" },
    { value: "12,50 €", code: "money-format", fix: "12.5", notes: "two decimal digits after a comma" },
    { value: "-5", code: "money-invalid", notes: "negative amounts have no safe fix" },
    { value: "ten", code: "money-invalid", notes: "words" },
    { value: "1,23,456", code: "money-invalid", notes: "irregular grouping is not guessed" },
  ]);

  it("drops trailing zeros as the regular expressions it replaced did", () => {
    // The old form, kept as the oracle: /0+$/ rescanned a run of zeros from every start.
    const old = (plain: string) => plain.replace(/0+$/, "").replace(/\.$/, "");
    const digits = fc.string({ unit: fc.constantFrom("0", "0", "1", "5"), minLength: 1, maxLength: 8 });
    // Three decimals after at most three digits is the 1.234 ambiguity: no fix, tested above.
    const amount = fc
      .tuple(digits, digits)
      .filter(([whole, fraction]) => whole.length > 3 || fraction.length !== 3)
      .map(([whole, fraction]) => `$${whole}.${fraction}`);
    fc.assert(
      fc.property(amount, (value) =>
        expect(checkMoney(value)).toEqual({ code: "money-format", fix: old(value.slice(1)) }),
      ),
      { numRuns: 2000 },
    );
  });

  runValueCases(checkMoney, [
    { value: "$100.00", code: "money-format", fix: "100", notes: "zeros of the whole part stay" },
    {
      value: "$0.0",
      code: "money-format",
      fix: "0",
      notes: "nothing left after the point: the point goes too",
    },
    { value: "$1.0500", code: "money-format", fix: "1.05", notes: "only trailing zeros go" },
    { value: "$1.00001", code: "money-format", fix: "1.00001", notes: "inner zeros stay" },
    { value: "$100", code: "money-format", fix: "100", notes: "no point: zeros are significant" },
    {
      value: "USD 1,234,567,890.00",
      code: "money-format",
      fix: "1234567890",
      notes: "a long formatted amount",
    },
    {
      value: "$" + "1 ".repeat(60),
      code: "money-invalid",
      notes: "over 100 characters is no formatted amount: no fix (a 1 MB cell is not stripped of spaces)",
    },
    {
      value: "1\u00a0000,50",
      code: "money-format",
      fix: "1000.5",
      notes: "no-break space as group separator",
    },
    {
      value: "1\u202f000,50",
      code: "money-format",
      fix: "1000.5",
      notes: "narrow no-break space (French Excel)",
    },
  ]);
});
