import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

// Country lookup tables, built once. Only English names are registered: the template is English.
countries.registerLocale(en);

const alpha2Codes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** Lower-cased alpha-3 codes, English names and common aliases ("uk", "usa") → alpha-2. */
const alpha2ByOtherForm: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes()))
    map.set(alpha3.toLowerCase(), alpha2);
  for (const [alpha2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) map.set(name.toLowerCase(), alpha2);
  }
  return map;
})();

export type CountryLookup =
  | { kind: "alpha2" }
  | { kind: "alpha2-case"; alpha2: string }
  | { kind: "other-form"; alpha2: string }
  | { kind: "unknown" };

/** Classifies a trimmed Customer Country value. */
export function lookupCountry(value: string): CountryLookup {
  if (alpha2Codes.has(value)) return { kind: "alpha2" };
  const upper = value.toUpperCase();
  if (upper.length === 2 && alpha2Codes.has(upper)) return { kind: "alpha2-case", alpha2: upper };
  const alpha2 = alpha2ByOtherForm.get(value.toLowerCase());
  return alpha2 ? { kind: "other-form", alpha2 } : { kind: "unknown" };
}

export function allCountryCodes(): string[] {
  return [...alpha2Codes].sort();
}
