// How many rows one read request may carry. Requests are sized by cells (≤ 100,000), and on
// Excel on the web, where a request or response is capped at 5 MB, we start smaller and then
// size every following chunk from the bytes per cell the previous chunk actually used.

export const MAX_CELLS_PER_REQUEST = 100_000;
/** Stay well under the 5 MB payload cap (JSON overhead, text columns, headers). */
export const TARGET_BYTES_PER_REQUEST = 3_500_000;
const FIRST_CHUNK_CELLS_ON_WEB = 50_000;

export function isExcelOnTheWeb(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.OfficeOnline;
}

export function firstChunkCells(onWeb = isExcelOnTheWeb()): number {
  return onWeb ? FIRST_CHUNK_CELLS_ON_WEB : MAX_CELLS_PER_REQUEST;
}

/** Cell budget for the next chunk, given what the last one weighed. */
export function nextChunkCells(lastCells: number, lastBytes: number): number {
  if (lastCells <= 0 || lastBytes <= 0) return MAX_CELLS_PER_REQUEST;
  const bytesPerCell = lastBytes / lastCells;
  const fit = Math.floor(TARGET_BYTES_PER_REQUEST / bytesPerCell);
  return Math.max(1_000, Math.min(MAX_CELLS_PER_REQUEST, fit));
}

export function rowsForCells(cells: number, columns: number): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}
