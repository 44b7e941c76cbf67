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
    { value: "1.2E+5", code: "money-format", fix: "120000", notes: "Excel scientific notation" },
    { value: "-5", code: "money-invalid", notes: "negative amounts have no safe fix" },
    { value: "ten", code: "money-invalid", notes: "words" },
    { value: "1,23,456", code: "money-invalid", notes: "irregular grouping is not guessed" },
  ]);
});
