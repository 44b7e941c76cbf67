import { checkSolution } from "./solution";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkSolution", () => {
  runValueCases(checkSolution, [
    { value: "SOL-1234-PQRS, USD, 10, 100", code: null, notes: "RULES.md example, all four parts" },
    { value: "SOL-1234-PQRS", code: null, notes: "ID only" },
    { value: "SOL-1, EUR", code: null, notes: "ID and currency" },
    { value: "SOL-1, usd, 10", code: "not-canonical", fix: "SOL-1, USD, 10", notes: "currency case only" },
    { value: ", USD, 10, 1", code: "solution-id-missing", notes: "empty Solution ID" },
    { value: "SOL-1,USD,10,100", code: null, notes: "no spaces after commas" },
    {
      value: "SOL-1, XYZ, 10, 1",
      code: "solution-currency-invalid",
      notes: "three letters that are no ISO code",
    },
    { value: "SOL-1, DOLLARS, 10, 1", code: "solution-currency-invalid", notes: "not ISO 4217" },
    { value: "SOL-1, USD, -3, 1", code: "solution-price-invalid", notes: "negative price" },
    { value: "SOL-1, USD, 10, 1.5", code: "solution-quantity-invalid", notes: "fractional quantity" },
    { value: "SOL-1, USD, 10, 0", code: "solution-quantity-invalid", notes: "zero quantity" },
    {
      value: "SOL-1, USD, 1,000, 1",
      code: "solution-too-many-parts",
      notes: "grouped price splits into 5 parts",
    },
  ]);

  it.each([
    { value: "SOL-1, USD, 1,000, 1", count: 5, notes: "one comma too many" },
    { value: "a,".repeat(500_000), count: 500_001, notes: "a 1 MB cell of commas: counted, never split" },
  ])("names how many parts: $notes", ({ value, count }) => {
    expect(checkSolution(value)).toEqual({ code: "solution-too-many-parts", params: { count } });
  });
});
