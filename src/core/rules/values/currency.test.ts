import { checkCurrency } from "./currency";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkCurrency", () => {
  runValueCases(checkCurrency, [
    { value: "USD", code: null, notes: "ISO 4217" },
    { value: "usd", code: "not-canonical", fix: "USD", notes: "lower case is a notice" },
    { value: "US$", code: "currency-invalid", notes: "symbol, not a code" },
    { value: "ABC", code: "currency-invalid", notes: "three letters that are no currency" },
  ]);
});
