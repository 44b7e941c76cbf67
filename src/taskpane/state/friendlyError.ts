// Turns whatever an operation threw into one sentence saying what to do, or null for a cancel
// (the user asked for it, so it is not an error).
import type { Translator } from "../i18n/translate";

const EDIT_MODE_CODES = new Set(["InvalidOperation", "InvalidOperationInCellEditMode"]);
const PROTECTED_CODES = new Set(["AccessDenied"]);
const TOO_LARGE_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "ResponsePayloadSizeLimitExceeded",
]);
const CANCEL_CODES = new Set(["CancelledError", "AbortError", "Cancelled"]);

function field(error: unknown, name: "code" | "name" | "message"): string {
  if (typeof error !== "object" || error === null) return "";
  const value = (error as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

/** "B1:C1, E1:F1" from a MergedHeaderError's areas (src/excel/sheetLayout.ts). */
function mergedAreas(error: unknown): string {
  const areas = (error as { areas?: unknown }).areas;
  return Array.isArray(areas) ? areas.filter((a) => typeof a === "string").join(", ") : "";
}

export function isCancellation(error: unknown): boolean {
  return CANCEL_CODES.has(field(error, "code")) || CANCEL_CODES.has(field(error, "name"));
}

export function friendlyError(error: unknown, { t }: Pick<Translator, "t">): string | null {
  if (isCancellation(error)) return null;
  const code = field(error, "code");
  if (EDIT_MODE_CODES.has(code)) return t("errorEditMode");
  if (PROTECTED_CODES.has(code)) return t("errorProtected");
  if (TOO_LARGE_CODES.has(code)) return t("errorTooLarge");
  if (code === "MergedHeader") return t("errorMergedHeader", { areas: mergedAreas(error) });
  if (code === "FilterActive") return t("errorFilterActive");
  const detail = code || field(error, "message") || field(error, "name") || String(error);
  return t("errorGeneric", { detail: detail.length > 120 ? `${detail.slice(0, 117)}…` : detail });
}
