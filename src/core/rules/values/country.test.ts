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
    {
      value: "Congo",
      code: "country-invalid",
      notes: "names both CG and CD: an error with no fix (was CD, whichever the library listed last)",
    },
    { value: "congo", code: "country-invalid", notes: "case does not resolve the ambiguity" },
    {
      value: "Democratic Republic of the Congo",
      code: "country-not-alpha2",
      fix: "CD",
      notes: "the full name is unambiguous",
    },
    { value: "Republic of the Congo", code: "country-not-alpha2", fix: "CG", notes: "and so is this one" },
  ]);
});

describe("checkCountry: ambiguous names", () => {
  it("names the candidates in params", () => {
    expect(checkCountry("Congo")).toEqual({ code: "country-invalid", params: { candidates: "CD, CG" } });
  });
});
