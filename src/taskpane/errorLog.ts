// What an error that crossed the workbook port says about itself, and the console log of the
// unexpected ones. Office.js errors carry a code and, in `debugInfo`, where in the batch they
// happened; both go to the console (nothing is sent anywhere) and the last one into Copy
// diagnostics.

export interface ErrorDetails {
  /** Where in the add-in it happened, e.g. "check" or "refreshMarks". */
  where: string;
  code: string;
  message: string;
  /** Office.js debugInfo.errorLocation, e.g. "ConditionalFormatCollection.getItem". */
  location: string;
  /** Office.js debugInfo.statement: the statement of the batch that failed. */
  statement: string;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function errorDetails(error: unknown, where: string): ErrorDetails {
  const e = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const debug = (typeof e.debugInfo === "object" && e.debugInfo !== null ? e.debugInfo : {}) as Record<
    string,
    unknown
  >;
  return {
    where,
    code: text(e.code) || text(debug.code) || text(e.name),
    message: text(e.message) || text(debug.message) || (typeof error === "object" ? "" : String(error)),
    location: text(debug.errorLocation),
    statement: text(debug.statement),
  };
}

let last: ErrorDetails | null = null;

/** Logs an error nobody planned for, with its code and location, and remembers it for diagnostics. */
export function logUnexpected(error: unknown, where: string): ErrorDetails {
  const details = errorDetails(error, where);
  last = details;
  const location = details.location ? ` at ${details.location}` : "";
  console.error(
    `Co-sell Upload Checker: ${where} failed: ${details.code || "no code"}${location}: ${details.message}`,
    {
      ...details,
      debugInfo: (error as { debugInfo?: unknown } | null)?.debugInfo,
    },
  );
  return details;
}

export function lastUnexpectedError(): ErrorDetails | null {
  return last;
}
