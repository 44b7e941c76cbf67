import { lookupCurrency } from "../../catalogue/currencies";
import type { ValueIssue } from "./issue";

const PRICE = /^\d+(?:\.\d+)?$/;
// The common well-formed value in one regex test, so clean cells allocate no parts array.
// Adjacent character classes are disjoint so the test stays linear on long cells.
const WELL_FORMED = /^\s*[^,\s][^,]*(?:,\s*([A-Z]{3})\s*(?:,\s*\d+(?:\.\d+)?\s*(?:,\s*[1-9]\d*\s*)?)?)?$/;
const QUANTITY = /^[1-9]\d*$/;

/** "Solution ID[, Currency[, Price[, Quantity]]]"; empty optional parts count as absent. */
export function checkSolution(value: string): ValueIssue | null {
  const quick = WELL_FORMED.exec(value);
  if (quick && (quick[1] === undefined || lookupCurrency(quick[1]).kind === "ok")) return null;
  // Counted before splitting: a 1 MB cell of commas would be a million parts.
  let commas = 0;
  for (let at = value.indexOf(","); at !== -1; at = value.indexOf(",", at + 1)) commas++;
  if (commas > 3) return { code: "solution-too-many-parts", params: { count: commas + 1 } };
  const raw = value.split(",");
  const [id, currency = "", price = "", quantity = ""] = raw.map((p) => p.trim());
  if (id === "") return { code: "solution-id-missing" };
  if (currency !== "") {
    const found = lookupCurrency(currency);
    if (found.kind === "unknown") return { code: "solution-currency-invalid", params: { part: currency } };
    if (found.kind === "case") {
      raw[1] = raw[1].replace(currency, found.code);
      return { code: "not-canonical", fix: raw.join(",") };
    }
  }
  if (price !== "" && !PRICE.test(price)) return { code: "solution-price-invalid", params: { part: price } };
  if (quantity !== "" && !QUANTITY.test(quantity))
    return { code: "solution-quantity-invalid", params: { part: quantity } };
  return null;
}
