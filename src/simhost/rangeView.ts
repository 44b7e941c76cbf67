// Range.getVisibleView() (ExcelApi 1.3): the cells of a range that are not in hidden rows or
// columns. rowCount/columnCount count the visible lines; values holds only the visible cells.
import { cellA1 } from "./address";
import type { SimRequestContext } from "./context";
import { shownValue } from "./formula";
import { visibleLines } from "./hidden";
import { SimClientObject } from "./proxy";
import type { RangeRef } from "./rangeRef";

export class SimRangeView extends SimClientObject<RangeRef> {
  readonly _typeName = "RangeView";
  protected readonly _scalars = ["rowCount", "columnCount", "values", "cellAddresses"];

  constructor(context: SimRequestContext, resolver: () => RangeRef | null) {
    super(context, resolver);
  }
  protected _read({ sheet, rect }: RangeRef, name: string): unknown {
    const { rows, cols } = visibleLines(sheet, rect);
    if (name === "rowCount") return rows.length;
    if (name === "columnCount") return cols.length;
    if (name === "cellAddresses") return rows.map((r) => cols.map((c) => `${sheet.name}!${cellA1(r, c)}`));
    return rows.map((r) => cols.map((c) => shownValue(sheet, r, c).value));
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  get cellAddresses(): string[][] {
    return this._get("cellAddresses");
  }
}
