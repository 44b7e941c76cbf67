// Cell values → the text the core checks. Independent of the user's locale: numbers are written
// with "." and no grouping, booleans as Excel's TRUE/FALSE, never the displayed text.
import { formatMDY, serialToDate, type DateSystem } from "../dates";
import { formattedNumberText } from "./formattedNumber";
import { numberText } from "./numberText";

export { numberText };

/**
 * One cell as text. In a date column a number can only be a date serial: it becomes M/D/YYYY
 * using the workbook's date system (a serial that is no real day, e.g. 60 = 29 Feb 1900, stays a
 * number so the core reports it). Elsewhere a number reads as its format shows it where the format
 * changes its meaning (40% is 0.4 underneath, 01234 is 1234 under 00000): see formattedNumber.ts.
 */
export function cellText(
  value: unknown,
  isDateColumn: boolean,
  dateSystem: DateSystem,
  numberFormat?: unknown,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (isDateColumn) {
      const date = serialToDate(value, dateSystem);
      if (date) return formatMDY(date);
    }
    const shown =
      typeof numberFormat === "string" ? formattedNumberText(value, numberFormat, dateSystem) : null;
    return shown ?? numberText(value);
  }
  return String(value);
}
