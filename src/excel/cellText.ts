// Cell values → the text the core checks. Independent of the user's locale: numbers are written
// with "." and no grouping, booleans as Excel's TRUE/FALSE, never the displayed text.
import { formatMDY, serialToDate, type DateSystem } from "../core/dates";

/**
 * Excel keeps 15 significant digits; JavaScript prints the binary double exactly
 * (0.1 + 0.2 → 0.30000000000000004). Round to what Excel shows and avoid exponent notation.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  const plain = String(rounded);
  if (!/e/i.test(plain)) return plain;
  return rounded.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 15 });
}

/**
 * One cell as text. In a date column a number can only be a date serial: it becomes M/D/YYYY
 * using the workbook's date system (a serial that is no real day, e.g. 60 = 29 Feb 1900, stays a
 * number so the core reports it).
 */
export function cellText(value: unknown, isDateColumn: boolean, dateSystem: DateSystem): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (isDateColumn) {
      const date = serialToDate(value, dateSystem);
      if (date) return formatMDY(date);
    }
    return numberText(value);
  }
  return String(value);
}
