import { checkCountry } from "./country";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkCountry", () => {
  runValueCases(checkCountry, [
    { value: "US", code: null, notes: "alpha-2" },
    { value: "gb", code: "not-canonical", fix: "GB", notes: "lower-case alpha-2 is a case notice" },
    {
      value: "USA",
      code: "country-not-alpha2",
      fix: "US",
      notes: "alpha-3 is an error with the alpha-2 fix",
    },
    { value: "UK", code: "country-not-alpha2", fix: "GB", notes: "common alias" },
    { value: "United Kingdom", code: "country-not-alpha2", fix: "GB", notes: "English name" },
    { value: "Narnia", code: "country-invalid", notes: "not a country" },
  ]);
});
