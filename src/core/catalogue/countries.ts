import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

// Country lookup tables, built once. Only English names are registered: the template is English.
countries.registerLocale(en);

const alpha2Codes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/**
 * Lower-cased alpha-3 codes, English names and common aliases ("uk", "usa") → every alpha-2 code
 * they name. Most name one; "Congo" names both CG and CD, and such a name must never get a fix.
 */
const alpha2sByOtherForm: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (form: string, alpha2: string) => {
    const key = form.toLowerCase();
    const codes = map.get(key) ?? [];
    if (!codes.includes(alpha2)) codes.push(alpha2);
    map.set(key, codes);
  };
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) add(alpha3, alpha2);
  for (const [alpha2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) add(name, alpha2);
  }
  for (const codes of map.values()) codes.sort();
  return map;
})();

export type CountryLookup =
  | { kind: "alpha2" }
  | { kind: "alpha2-case"; alpha2: string }
  | { kind: "other-form"; alpha2: string }
  /** A name shared by several countries ("Congo"): the candidates, sorted; no safe fix. */
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown" };

/** Classifies a trimmed Customer Country value. */
export function lookupCountry(value: string): CountryLookup {
  if (alpha2Codes.has(value)) return { kind: "alpha2" };
  const upper = value.toUpperCase();
  if (upper.length === 2 && alpha2Codes.has(upper)) return { kind: "alpha2-case", alpha2: upper };
  const codes = alpha2sByOtherForm.get(value.toLowerCase()) ?? [];
  if (codes.length === 1) return { kind: "other-form", alpha2: codes[0] };
  return codes.length > 1 ? { kind: "ambiguous", candidates: [...codes] } : { kind: "unknown" };
}

export function allCountryCodes(): string[] {
  return [...alpha2Codes].sort();
}
