// What the host says about itself, for "Copy diagnostics": Office's own diagnostics, the ExcelApi
// requirement sets it supports, its display language and the workbook's culture. Reads only; one
// request (none when the culture API is missing).
import type { HostFacts } from "../taskpane/ports";

export const REQUIREMENT_SET_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

export async function readHostFacts(): Promise<HostFacts> {
  const diagnostics = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
  return {
    host: String(diagnostics?.host ?? "unknown"),
    platform: String(diagnostics?.platform ?? "unknown"),
    version: diagnostics?.version ?? "unknown",
    displayLanguage: (typeof Office !== "undefined" && Office.context?.displayLanguage) || "unknown",
    requirementSets: REQUIREMENT_SET_VERSIONS.map((version) => ({ version, supported: supports(version) })),
    culture: await readCulture(),
  };
}

async function readCulture(): Promise<HostFacts["culture"]> {
  if (!supports("1.11")) return null;
  try {
    return await Excel.run(async (context) => {
      const culture = context.application.cultureInfo;
      culture.load("name");
      culture.numberFormat.load("numberDecimalSeparator,numberGroupSeparator");
      const withDates = supports("1.12");
      if (withDates) culture.datetimeFormat.load("shortDatePattern");
      await context.sync();
      return {
        name: culture.name,
        decimalSeparator: culture.numberFormat.numberDecimalSeparator,
        thousandsSeparator: culture.numberFormat.numberGroupSeparator,
        shortDatePattern: withDates ? culture.datetimeFormat.shortDatePattern : null,
      };
    });
  } catch {
    // Diagnostics must not fail because one fact could not be read; the report says "unknown".
    return null;
  }
}
