import { lookupCountry } from "../../catalogue/countries";
import type { ValueIssue } from "./issue";

export function checkCountry(value: string): ValueIssue | null {
  const found = lookupCountry(value);
  switch (found.kind) {
    case "alpha2":
      return null;
    case "alpha2-case":
      return { code: "not-canonical", fix: found.alpha2 };
    case "other-form":
      return { code: "country-not-alpha2", fix: found.alpha2 };
    case "ambiguous":
      // The catalogue's message has no place for the candidates (and translations would need one);
      // they travel in params for JSON output and a future message.
      return { code: "country-invalid", params: { candidates: found.candidates.join(", ") } };
    case "unknown":
      return { code: "country-invalid" };
  }
}
