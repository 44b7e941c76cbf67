// A chunked read that Excel refuses is asked for again in chunks half as big: a response over the
// payload limit, or a GeneralException (what Excel on the web and older desktop builds answer when
// a read is too large for them, whatever the documented limit says). Below the minimum it stops
// with one sentence naming the rows it could not read.

/** Errors after which the same rows are asked for again, half as many at a time. */
const RETRY_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "GeneralException",
]);

/** Smallest chunk worth asking for (a few rows of a wide sheet). */
export const MIN_CHUNK_CELLS = 1_000;

export class ReadFailedError extends Error {
  readonly code = "ReadFailed";
  constructor(
    /** Sheet rows (1-based) that could not be read. */
    readonly firstRow: number,
    readonly lastRow: number,
    /** Excel's code for the last refusal. */
    readonly excelCode: string,
  ) {
    super(`Excel could not send rows ${firstRow}-${lastRow} even in small chunks (${excelCode}).`);
    this.name = "ReadFailedError";
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/**
 * After a chunk of `rows` × `columns` failed with `error`: the cell budget for the retry, or a
 * thrown ReadFailedError at the minimum; errors that size cannot help are rethrown as they are.
 */
export function retryCells(
  error: unknown,
  chunk: { rows: number; columns: number; firstSheetRow: number },
): number {
  const code = codeOf(error);
  if (!RETRY_CODES.has(code)) throw error;
  const cells = chunk.rows * chunk.columns;
  if (chunk.rows <= 1 || cells <= MIN_CHUNK_CELLS)
    throw new ReadFailedError(chunk.firstSheetRow, chunk.firstSheetRow + chunk.rows - 1, code);
  return Math.max(Math.floor(cells / 2), Math.min(MIN_CHUNK_CELLS, cells - 1));
}
