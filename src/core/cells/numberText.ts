// A number as the core reads it: "." decimals, no grouping, no exponent, Excel's 15 digits.
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
