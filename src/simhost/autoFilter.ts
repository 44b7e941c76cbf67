// Worksheet.autoFilter and Table.autoFilter (ExcelApi 1.9): one AutoFilter per sheet over a range
// whose first row is the header, and one per table (over the table's range) besides it. Each hides
// rows of its own; Worksheet.autoFilter says nothing about a table's filter (docs: "Excel.AutoFilter
// ... Table.autoFilter", office-js-docs-pr excel-add-ins-worksheets "Filter data"). Only "Values"
// criteria are modelled: a data row stays visible when the displayed text of its cell in every
// filtered column is one of the criterion's values; the others are hidden.
import type { Rect } from "./address";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { shownValue } from "./formula";
import { setHidden } from "./hidden";
import { assertWritable } from "./limits";
import type { AutoFilterModel, SheetModel, TableModel, WorkbookModel } from "./model";
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

/** Whose filter it is: the sheet's own, or a table's (always over the table's range). */
export interface FilterOwner {
  sheet: SheetModel;
  table?: TableModel;
}

const filterOf = (o: FilterOwner): AutoFilterModel | null =>
  o.table ? (o.table.autoFilter ?? null) : o.sheet.autoFilter;

function setFilter(o: FilterOwner, filter: AutoFilterModel | null): void {
  if (o.table) o.table.autoFilter = filter;
  else o.sheet.autoFilter = filter;
}

/** apply(): a new range replaces the old filter; the same range adds or replaces a column's criterion. */
export function applyFilter(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  columnIndex?: number,
  criteria?: ValuesCriteria,
  table?: TableModel,
): void {
  if (table && (rect.row !== table.rect.row || rect.col !== table.rect.col || rect.cols !== table.rect.cols))
    throw new SimHostError(ErrorCodes.invalidArgument, "A table's filter applies to the table's range only.");
  const owner: FilterOwner = { sheet, table };
  const old = filterOf(owner);
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
  setFilter(owner, filter);
  refilter(model, sheet, filter);
}

export class SimAutoFilter extends SimClientObject<FilterOwner> {
  readonly _typeName = "AutoFilter";
  protected readonly _scalars = ["enabled", "isDataFiltered"];

  constructor(context: SimRequestContext, resolver: () => FilterOwner | null) {
    super(context, resolver);
  }
  protected _read(owner: FilterOwner, name: string): unknown {
    const filter = filterOf(owner);
    if (name === "enabled") return filter !== null;
    return (filter?.criteria.size ?? 0) > 0;
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }

  apply(range: SimRange | string, columnIndex?: number, criteria?: ValuesCriteria): void {
    this._write("AutoFilter.apply", (owner) => {
      assertWritable(owner.sheet);
      const { rect } = resolveRangeArgument(this.context, range, owner.sheet);
      applyFilter(this.context._host.model, owner.sheet, rect, columnIndex, criteria, owner.table);
    });
  }
  reapply(): void {
    this._write("AutoFilter.reapply", (owner) => {
      const filter = filterOf(owner);
      if (!filter) throw new SimHostError(ErrorCodes.invalidOperation, "There is no AutoFilter.");
      refilter(this.context._host.model, owner.sheet, filter);
    });
  }
  clearCriteria(): void {
    this._write("AutoFilter.clearCriteria", (owner) => {
      assertWritable(owner.sheet);
      const filter = filterOf(owner);
      if (!filter) return;
      unhideFiltered(owner.sheet, filter);
      filter.criteria.clear();
    });
  }
  remove(): void {
    this._write("AutoFilter.remove", (owner) => {
      assertWritable(owner.sheet);
      const filter = filterOf(owner);
      if (filter) unhideFiltered(owner.sheet, filter);
      setFilter(owner, null);
    });
  }
  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const owner = this._target();
      const filter = owner && filterOf(owner);
      if (!owner || !filter) throw new SimHostError(ErrorCodes.itemNotFound, "There is no AutoFilter.");
      return { sheet: owner.sheet, rect: filter.rect };
    });
  }
  getRangeOrNullObject(): SimRange {
    return new SimRange(this.context, () => {
      const owner = this._target();
      const filter = owner && filterOf(owner);
      return owner && filter ? { sheet: owner.sheet, rect: filter.rect } : null;
    })._instantiate("AutoFilter.getRangeOrNullObject");
  }
}
