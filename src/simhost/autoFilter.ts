// Worksheet.autoFilter (ExcelApi 1.9): one AutoFilter per sheet over a range whose first row is
// the header. Only "Values" criteria are modelled: a data row stays visible when the displayed
// text of its cell in every filtered column is one of the criterion's values; the others are hidden.
import type { Rect } from "./address";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { shownValue } from "./formula";
import { setHidden } from "./hidden";
import { assertWritable } from "./limits";
import type { AutoFilterModel, SheetModel, WorkbookModel } from "./model";
import { displayText } from "./numberFormat";
import { SimClientObject } from "./proxy";
import { SimRange } from "./range";
import { resolveRangeArgument } from "./rangeArgument";

export interface ValuesCriteria {
  filterOn: string;
  values?: unknown[];
}

function unhideFiltered(sheet: SheetModel, filter: AutoFilterModel): void {
  for (const row of filter.hidRows) sheet.hiddenRows.delete(row);
  filter.hidRows.clear();
}

/** Re-evaluates every criterion: hides the data rows that do not match, shows the others. */
export function refilter(model: WorkbookModel, sheet: SheetModel, filter: AutoFilterModel): void {
  unhideFiltered(sheet, filter);
  const { rect } = filter;
  for (let row = rect.row + 1; row < rect.row + rect.rows; row++) {
    const matches = [...filter.criteria].every(([offset, values]) => {
      const col = rect.col + offset;
      const shown = shownValue(sheet, row, col).value;
      const text = displayText(shown, sheet.format(row, col, "numberFormat") ?? undefined, model.dateSystem);
      return values.includes(text);
    });
    if (!matches && !sheet.hiddenRows.has(row)) {
      filter.hidRows.add(row);
      setHidden(sheet.hiddenRows, row, 1, true);
    }
  }
}

/** apply(): a new range replaces the old filter; the same range adds or replaces a column's criterion. */
export function applyFilter(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  columnIndex?: number,
  criteria?: ValuesCriteria,
): void {
  const old = sheet.autoFilter;
  const same = old && old.rect.row === rect.row && old.rect.col === rect.col && old.rect.cols === rect.cols;
  if (old && !same) unhideFiltered(sheet, old);
  const filter: AutoFilterModel = same ? { ...old, rect } : { rect, criteria: new Map(), hidRows: new Set() };
  if (columnIndex !== undefined && criteria) {
    if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= rect.cols)
      throw new SimHostError(ErrorCodes.invalidArgument, "The column index is outside the filtered range.");
    if (criteria.filterOn !== "Values" || !Array.isArray(criteria.values))
      throw new SimHostError(ErrorCodes.invalidArgument, "The simulated host models only Values filters.");
    filter.criteria.set(columnIndex, criteria.values.map(String));
  }
  sheet.autoFilter = filter;
  refilter(model, sheet, filter);
}

export class SimAutoFilter extends SimClientObject<SheetModel> {
  readonly _typeName = "AutoFilter";
  protected readonly _scalars = ["enabled", "isDataFiltered"];

  constructor(context: SimRequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }
  protected _read(sheet: SheetModel, name: string): unknown {
    if (name === "enabled") return sheet.autoFilter !== null;
    return (sheet.autoFilter?.criteria.size ?? 0) > 0;
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }

  apply(range: SimRange | string, columnIndex?: number, criteria?: ValuesCriteria): void {
    this._write("AutoFilter.apply", (sheet) => {
      assertWritable(sheet);
      const { rect } = resolveRangeArgument(this.context, range, sheet);
      applyFilter(this.context._host.model, sheet, rect, columnIndex, criteria);
    });
  }
  reapply(): void {
    this._write("AutoFilter.reapply", (sheet) => {
      if (!sheet.autoFilter) throw new SimHostError(ErrorCodes.invalidOperation, "There is no AutoFilter.");
      refilter(this.context._host.model, sheet, sheet.autoFilter);
    });
  }
  clearCriteria(): void {
    this._write("AutoFilter.clearCriteria", (sheet) => {
      assertWritable(sheet);
      if (!sheet.autoFilter) return;
      unhideFiltered(sheet, sheet.autoFilter);
      sheet.autoFilter.criteria.clear();
    });
  }
  remove(): void {
    this._write("AutoFilter.remove", (sheet) => {
      assertWritable(sheet);
      if (sheet.autoFilter) unhideFiltered(sheet, sheet.autoFilter);
      sheet.autoFilter = null;
    });
  }
  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this._target();
      if (!sheet?.autoFilter) throw new SimHostError(ErrorCodes.itemNotFound, "There is no AutoFilter.");
      return { sheet, rect: sheet.autoFilter.rect };
    });
  }
  getRangeOrNullObject(): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this._target();
      return sheet?.autoFilter ? { sheet, rect: sheet.autoFilter.rect } : null;
    })._instantiate("AutoFilter.getRangeOrNullObject");
  }
}
