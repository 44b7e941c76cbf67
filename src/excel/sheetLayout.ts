// What the user's view of a sheet hides from them: rows and columns hidden by hand or by a filter,
// and merged cells in the header row. Everything is queued on a request the caller already sends
// (no extra round trip), and only where the host's ExcelApi version has the member.
export interface SheetLayout {
  /** Rows of the used range that are hidden (by hand or by a filter). */
  hiddenRows: number;
  hiddenColumns: number;
  /** The sheet's AutoFilter, or a table's own filter, has criteria (some rows are hidden by it). */
  filtered: boolean;
  /** Merged areas starting in the header row, e.g. "B1:C1", or [] (ExcelApi 1.13 only). */
  mergedHeader: string[];
}

export const supports = (version: string): boolean =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

/** "Sheet1!B1:C1,Sheet1!E1:F1" → ["B1:C1", "E1:F1"]. */
export function areaList(address: string): string[] {
  return address
    .split(",")
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((a) => a !== "");
}

/**
 * Merged areas whose top-left cell is in the header row. Before ExcelApi 1.13 there is no way to
 * ask: the other header cells then just read "" and the header check reports them as blank.
 */
export function queueMergedHeader(headerRow: Excel.Range): () => string[] {
  if (!supports("1.13")) return () => [];
  const merged = headerRow.getMergedAreasOrNullObject();
  merged.load("address");
  return () => (merged.isNullObject ? [] : areaList(merged.address));
}

/** Queues the layout loads for a used range (its shape loaded in the same request) and its header row. */
export function queueLayout(
  sheet: Excel.Worksheet,
  used: Excel.Range,
  headerRow: Excel.Range,
): () => SheetLayout {
  const view = supports("1.3") ? used.getVisibleView() : null;
  view?.load("rowCount,columnCount");
  const filter = supports("1.9") ? sheet.autoFilter : null;
  filter?.load("isDataFiltered");
  // A table's filter is its own: Worksheet.autoFilter does not report it (Table.autoFilter, 1.9).
  const tables = supports("1.9") ? sheet.tables.load("items/autoFilter/isDataFiltered") : null;
  const mergedHeader = queueMergedHeader(headerRow);
  return () => ({
    hiddenRows: view ? used.rowCount - view.rowCount : 0,
    hiddenColumns: view ? used.columnCount - view.columnCount : 0,
    filtered:
      (filter?.isDataFiltered ?? false) || (tables?.items.some((t) => t.autoFilter.isDataFiltered) ?? false),
    mergedHeader: mergedHeader(),
  });
}

export class MergedHeaderError extends Error {
  readonly code = "MergedHeader";
  constructor(readonly areas: string[]) {
    super(`The header row has merged cells (${areas.join(", ")}).`);
    this.name = "MergedHeaderError";
  }
}

export class FilterActiveError extends Error {
  readonly code = "FilterActive";
  constructor() {
    super("The sheet is filtered: rows cannot be moved safely while a filter hides some of them.");
    this.name = "FilterActiveError";
  }
}

/** Refuses a sheet whose header row has merged cells: the columns under them would lose their names. */
export function assertNoMergedHeader(layout: Pick<SheetLayout, "mergedHeader">): void {
  if (layout.mergedHeader.length > 0) throw new MergedHeaderError(layout.mergedHeader);
}
