// Turns whatever an operation threw into one sentence saying what to do, or null for a cancel
// (the user asked for it, so it is not an error).
import type { Translator } from "../i18n/translate";

// InvalidOperation alone has many causes; it means cell-edit mode only when the host says so.
const EDIT_MODE_CODES = new Set(["InvalidOperationInCellEditMode"]);
const EDIT_MODE_TEXT = /edit mode/i;
const PROTECTED_CODES = new Set(["AccessDenied"]);
const TOO_LARGE_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);
const UNSUPPORTED_CODES = new Set([
  "NotImplemented",
  "UnsupportedFeature",
  "UnsupportedOperation",
  "ApiNotFound",
]);
const CONFLICT_CODES = new Set(["Conflict"]);
const CHANGED_CODES = new Set(["ItemNotFound", "InvalidReference"]);
const ROWS_LOCKED_CODES = new Set(["InsertDeleteConflict", "MergedRangeConflict", "FilteredRangeConflict"]);
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

/** The rows a ReadFailedError (src/excel/readRetry.ts) could not read. */
function readRows(error: unknown): { first: string; last: string } {
  const { firstRow, lastRow } = error as { firstRow?: unknown; lastRow?: unknown };
  return { first: String(firstRow ?? "?"), last: String(lastRow ?? "?") };
}

export function isCancellation(error: unknown): boolean {
  return CANCEL_CODES.has(field(error, "code")) || CANCEL_CODES.has(field(error, "name"));
}

/** The known cause's sentence, or null when nobody planned for this error. */
function knownCause(error: unknown, code: string, t: Translator["t"]): string | null {
  if (EDIT_MODE_CODES.has(code)) return t("errorEditMode");
  if (code === "InvalidOperation" && EDIT_MODE_TEXT.test(field(error, "message"))) return t("errorEditMode");
  if (PROTECTED_CODES.has(code)) return t("errorProtected");
  if (TOO_LARGE_CODES.has(code)) return t("errorTooLarge");
  if (UNSUPPORTED_CODES.has(code)) return t("errorUnsupported", { code });
  if (CONFLICT_CODES.has(code)) return t("errorConflict");
  if (CHANGED_CODES.has(code)) return t("errorChanged");
  if (ROWS_LOCKED_CODES.has(code)) return t("errorRowsLocked");
  if (code === "MergedHeader") return t("errorMergedHeader", { areas: mergedAreas(error) });
  if (code === "FilterActive") return t("errorFilterActive");
  if (code === "DeleteBlocked")
    return t("errorDeleteBlocked", { area: String((error as { area?: unknown }).area ?? "") });
  if (code === "ReadFailed") return t("errorReadFailed", readRows(error));
  if (code === "NoAccountSuggestions") return t("errorNoAccountSuggestions");
  return null;
}

/** False for errors with a planned sentence (and cancels); those are not logged as unexpected. */
export function isUnexpected(error: unknown, { t }: Pick<Translator, "t">): boolean {
  return !isCancellation(error) && knownCause(error, field(error, "code"), t) === null;
}

export function friendlyError(error: unknown, { t }: Pick<Translator, "t">): string | null {
  if (isCancellation(error)) return null;
  const code = field(error, "code");
  const known = knownCause(error, code, t);
  if (known !== null) return known;
  const detail = code || field(error, "message") || field(error, "name") || String(error);
  return t("errorGeneric", { detail: detail.length > 120 ? `${detail.slice(0, 117)}…` : detail });
}
