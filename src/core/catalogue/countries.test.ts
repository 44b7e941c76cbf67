// Scans every English name, alias and alpha-3 code i18n-iso-countries knows, independently of the
// lookup table, so a library update that makes a name shared by two countries cannot turn into a
// silently wrong bulk fix.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { lookupCountry } from "./countries";

countries.registerLocale(en);

function codesByForm(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (form: string, alpha2: string) => {
    const key = form.toLowerCase();
    map.set(key, (map.get(key) ?? new Set<string>()).add(alpha2));
  };
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) add(alpha3, alpha2);
  for (const [alpha2, names] of Object.entries(countries.getNames("en", { select: "all" })))
    for (const name of names) add(name, alpha2);
  return map;
}

/** Names shared by several countries today; a new one fails the test so someone looks at it. */
const KNOWN_SHARED: Array<{ form: string; candidates: string[]; notes: string }> = [
  { form: "congo", candidates: ["CD", "CG"], notes: "Republic of the Congo and DR Congo" },
];

describe("country name map", () => {
  const forms = codesByForm();
  const shared = [...forms].filter(([, codes]) => codes.size > 1);

  it("has exactly the known shared names", () => {
    expect(shared.map(([form, codes]) => ({ form, candidates: [...codes].sort() }))).toEqual(
      KNOWN_SHARED.map(({ form, candidates }) => ({ form, candidates })),
    );
  });

  it.each(KNOWN_SHARED)("$form is ambiguous, never a fix: $notes", ({ form, candidates }) => {
    expect(lookupCountry(form)).toEqual({ kind: "ambiguous", candidates });
  });

  it("gives a fix only for a form that names exactly one country, and then that country", () => {
    const wrong: string[] = [];
    for (const [form, codes] of forms) {
      const found = lookupCountry(form);
      if (found.kind === "other-form" && (codes.size !== 1 || !codes.has(found.alpha2))) wrong.push(form);
      if (found.kind === "alpha2-case" && (codes.size !== 1 || !codes.has(found.alpha2))) wrong.push(form);
      if (codes.size > 1 && found.kind !== "ambiguous") wrong.push(form);
    }
    expect(wrong).toEqual([]);
  });
});
