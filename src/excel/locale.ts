// The workbook locale's day/month order, as the core's hint for ambiguous slashed dates.
// Application.cultureInfo needs ExcelApi 1.12; without it the core uses its own default.

export function loadDateOrderHint(context: Excel.RequestContext): () => "mdy" | "dmy" | null {
  const supported =
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.12") === true;
  if (!supported) return () => null;
  const format = context.application.cultureInfo.datetimeFormat;
  format.load("shortDatePattern");
  return () => {
    const pattern = format.shortDatePattern.toLowerCase().replace(/[^dmy]/g, "");
    if (pattern.startsWith("d")) return "dmy";
    if (pattern.startsWith("m")) return "mdy";
    return null;
  };
}
