// Excel.Range: values (with Excel's input coercion), text, numberFormat, formulas, navigation to
// neighbouring ranges, clear/insert/delete/copyFrom, select.
import {
  assertInBounds,
  fullAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  subtract,
  cellCount,
  type Rect,
} from "./address";
import { coerceInput, isGeneral, type CellScalar } from "./coercion";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable, checkCellText, checkReadSize } from "./limits";
import { FORMAT_KEYS, type CellModel, type HyperlinkModel, type SheetModel } from "./model";
import { readHyperlink, writeHyperlink } from "./hyperlink";
import { recordEdit, shiftCells } from "./edits";
import { displayText } from "./numberFormat";
import { SimClientObject } from "./proxy";
import { matrix, type RangeRef } from "./rangeRef";
import { SimRangeFormat } from "./rangeFormat";
import { SimDataValidation } from "./validation";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import { resolveRangeArgument } from "./rangeArgument";
import { SimWorksheet } from "./worksheet";
import { shownValue, type Evaluated } from "./formula";
import { hiddenState, setHidden } from "./hidden";
import { mergeArea, mergedAreasStartingIn, unmergeArea } from "./merge";
import { SimRangeAreas } from "./rangeAreas";
import { SimRangeView } from "./rangeView";
import { jsonBytes } from "./wireSize";

/** copyFrom's arguments: the source (its object path, or an address) and the flags. */
function copyArgumentBytes(source: SimRange | string, copyType: string, skipBlanks: boolean): number {
  return (
    jsonBytes([copyType, skipBlanks, false]) +
    (typeof source === "string" ? jsonBytes(source) : source._pathBytes)
  );
}

const SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "text",
  "numberFormat",
  "formulas",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
  "rowHidden",
  "columnHidden",
  "hyperlink",
] as const;

type Matrix<V> = { broadcast: V } | { cells: (V | null | undefined)[][] };

/** Office.js accepts a 2-D array of exactly the range's size, or one value for every cell. */
export function inputMatrix<V>(value: unknown, rect: Rect, property: string): Matrix<V> {
  if (!Array.isArray(value)) return { broadcast: value as V };
  const fits =
    value.length === rect.rows && value.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!fits) {
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${property})`,
    );
  }
  return { cells: value as V[][] };
}

export function forEachInput<V>(
  m: Matrix<V>,
  rect: Rect,
  visit: (row: number, col: number, v: V) => void,
): void {
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = "broadcast" in m ? m.broadcast : m.cells[r][c];
      if (v !== null && v !== undefined) visit(rect.row + r, rect.col + c, v as V); // null leaves the cell as it is
    }
  }
}

export function valueType(shown: Evaluated): string {
  if (shown.value === "") return "Empty";
  if (shown.isError) return "Error";
  if (typeof shown.value === "number") return "Double";
  if (typeof shown.value === "boolean") return "Boolean";
  return "String";
}

export class SimRange extends SimClientObject<RangeRef> {
  readonly _typeName = "Range";
  protected readonly _scalars = SCALARS;

  constructor(context: SimRequestContext, resolver: () => RangeRef | null) {
    super(context, resolver);
  }

  protected override _checkAlive(t: RangeRef): void {
    if (t.sheet.deleted)
      throw new SimHostError(ErrorCodes.itemNotFound, "The worksheet of this range was deleted.");
  }

  protected _read(t: RangeRef, name: string): unknown {
    const { sheet, rect } = t;
    const model = this.context._host.model;
    switch (name as (typeof SCALARS)[number]) {
      case "address":
      case "addressLocal":
        return fullAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return cellCount(rect);
      case "isEntireColumn":
        return isEntireColumns(rect);
      case "isEntireRow":
        return isEntireRows(rect);
      case "rowHidden":
        return hiddenState(sheet.hiddenRows, rect.row, rect.rows);
      case "columnHidden":
        return hiddenState(sheet.hiddenCols, rect.col, rect.cols);
      case "values":
        this._checkRead(rect);
        return matrix(rect, (r, c) => shownValue(sheet, r, c).value);
      case "text":
        this._checkRead(rect);
        return matrix(rect, (r, c) =>
          displayText(
            shownValue(sheet, r, c).value,
            sheet.format(r, c, "numberFormat") ?? undefined,
            model.dateSystem,
          ),
        );
      case "numberFormat":
        this._checkRead(rect);
        return matrix(rect, (r, c) => sheet.format(r, c, "numberFormat") ?? "General");
      case "formulas":
        this._checkRead(rect);
        return matrix(rect, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "hyperlink":
        return readHyperlink(sheet, rect);
      case "valueTypes":
        this._checkRead(rect);
        return matrix(rect, (r, c) => valueType(shownValue(sheet, r, c)));
    }
    throw new SimHostError(ErrorCodes.invalidArgument, `The property '${name}' does not exist on Range.`);
  }

  private _checkRead(rect: Rect): void {
    const options = this.context._host.options;
    checkReadSize(cellCount(rect), options.payloadLimitBytes);
    if (options.failReads && cellCount(rect) > options.failReads.overCells)
      throw new SimHostError(options.failReads.code, "The read was refused (simulated: failReads).");
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }

  /** true: every row hidden, false: none, null: some (ExcelApi 1.2). Setting it hides whole rows. */
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(value: boolean) {
    this._requireApi("1.2", "Range.rowHidden");
    this._set("rowHidden", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      setHidden(sheet.hiddenRows, rect.row, rect.rows, Boolean(value));
    });
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this._requireApi("1.2", "Range.columnHidden");
    this._set("columnHidden", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      setHidden(sheet.hiddenCols, rect.col, rect.cols, Boolean(value));
    });
  }

  /** A link on every cell of the range (ExcelApi 1.7); its textToDisplay becomes the cells' value. */
  get hyperlink(): HyperlinkModel {
    return this._get("hyperlink");
  }
  set hyperlink(value: HyperlinkModel) {
    this._requireApi("1.7", "Range.hyperlink");
    this._set("hyperlink", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      recordEdit(this.context._host.model, sheet, rect, () =>
        writeHyperlink(sheet, rect, value, (r, c, text) => writeTyped(this.context, sheet, r, c, text)),
      );
    });
  }

  private _requireApi(version: string, location: string): void {
    this.context._requireApi(version, location);
  }

  /** Merges the range (each row separately when across); only the top-left value survives. */
  merge(across = false): void {
    this._requireApi("1.2", "Range.merge");
    this._write("Range.merge", ({ sheet, rect }) => {
      assertWritable(sheet);
      mergeArea(sheet, rect, across);
      this.context._host.model.changes.edited(sheet, rect);
    });
  }
  unmerge(): void {
    this._requireApi("1.2", "Range.unmerge");
    this._write("Range.unmerge", ({ sheet, rect }) => {
      assertWritable(sheet);
      unmergeArea(sheet, rect);
    });
  }
  /** Merged areas whose top-left cell is in this range, as Excel documents it (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): SimRangeAreas {
    this._requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new SimRangeAreas(this.context, () => {
      const t = this._target();
      const areas = t ? mergedAreasStartingIn(t.sheet, t.rect) : [];
      return t && areas.length > 0 ? { sheet: t.sheet, rect: areas[0], areas } : null;
    })._instantiate("Range.getMergedAreasOrNullObject");
  }
  /** The cells not in hidden rows or columns (ExcelApi 1.3). */
  getVisibleView(): SimRangeView {
    this._requireApi("1.3", "Range.getVisibleView");
    return new SimRangeView(this.context, () => this._target());
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): CellScalar[][] {
    return this._get("values");
  }
  set values(value: CellScalar[][]) {
    this._set("values", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      const m = inputMatrix<CellScalar>(value, rect, "values");
      recordEdit(this.context._host.model, sheet, rect, () =>
        forEachInput(m, rect, (r, c, v) => this._writeCell(sheet, r, c, v)),
      );
    });
  }

  get formulas(): CellScalar[][] {
    return this._get("formulas");
  }
  set formulas(value: CellScalar[][]) {
    this._set("formulas", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      const m = inputMatrix<CellScalar>(value, rect, "formulas");
      recordEdit(this.context._host.model, sheet, rect, () =>
        forEachInput(m, rect, (r, c, v) => this._writeCell(sheet, r, c, v)),
      );
    });
  }

  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(value: string[][]) {
    this._set("numberFormat", value, ({ sheet, rect }) => {
      assertWritable(sheet);
      const m = inputMatrix<string>(value, rect, "numberFormat");
      if ("broadcast" in m) {
        if (m.broadcast !== null && m.broadcast !== undefined)
          sheet.setFormat(
            rect,
            "numberFormat",
            isGeneral(String(m.broadcast)) ? undefined : String(m.broadcast),
          );
        return;
      }
      forEachInput(m, rect, (r, c, v) =>
        sheet.setCellFormat(r, c, "numberFormat", isGeneral(String(v)) ? undefined : String(v)),
      );
    });
  }

  /** Stores one typed value the way Excel does (coercion depends on the cell's current format). */
  private _writeCell(sheet: SheetModel, row: number, col: number, raw: unknown): void {
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") {
      throw new SimHostError(
        ErrorCodes.invalidArgument,
        "The argument is invalid or missing or has an incorrect format. (values)",
      );
    }
    checkCellText(raw);
    writeTyped(this.context, sheet, row, col, raw);
  }

  get format(): SimRangeFormat {
    return this._child("format", () => new SimRangeFormat(this.context, () => this._target()));
  }
  get dataValidation(): SimDataValidation {
    return this._child("dataValidation", () => new SimDataValidation(this.context, () => this._target()));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child(
      "conditionalFormats",
      () => new SimConditionalFormatCollection(this.context, () => this._target()),
    );
  }
  get worksheet(): SimWorksheet {
    return this._child(
      "worksheet",
      () => new SimWorksheet(this.context, () => this._target()?.sheet ?? null),
    );
  }

  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "format") return this.format as SimClientObject<unknown>;
    if (name === "dataValidation") return this.dataValidation as SimClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as SimClientObject<unknown>;
    return undefined;
  }

  /** A range computed from this one when a batch first uses it (bounds are checked then). */
  _derive(compute: (t: RangeRef) => Rect | null, nullable = false): SimRange {
    const range = new SimRange(this.context, () => {
      const t = this._target();
      if (!t) return null;
      const rect = compute(t);
      if (!rect) return null;
      assertInBounds(rect);
      return { sheet: t.sheet, rect };
    });
    return nullable ? range._instantiate("Range.getOrNullObject") : range;
  }

  getCell(row: number, column: number): SimRange {
    return this._derive(({ rect }) => ({ row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): SimRange {
    return this._derive(({ rect }) => ({ row: rect.row + row, col: rect.col, rows: 1, cols: rect.cols }));
  }
  getColumn(column: number): SimRange {
    return this._derive(({ rect }) => ({ row: rect.row, col: rect.col + column, rows: rect.rows, cols: 1 }));
  }
  getRowsAbove(count = 1): SimRange {
    return this._derive(({ rect }) => ({
      row: rect.row - count,
      col: rect.col,
      rows: count,
      cols: rect.cols,
    }));
  }
  getRowsBelow(count = 1): SimRange {
    return this._derive(({ rect }) => ({
      row: rect.row + rect.rows,
      col: rect.col,
      rows: count,
      cols: rect.cols,
    }));
  }
  getColumnsBefore(count = 1): SimRange {
    return this._derive(({ rect }) => ({
      row: rect.row,
      col: rect.col - count,
      rows: rect.rows,
      cols: count,
    }));
  }
  getColumnsAfter(count = 1): SimRange {
    return this._derive(({ rect }) => ({
      row: rect.row,
      col: rect.col + rect.cols,
      rows: rect.rows,
      cols: count,
    }));
  }
  getLastRow(): SimRange {
    return this._derive(({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }
  getLastColumn(): SimRange {
    return this._derive(({ rect }) => ({ ...rect, col: rect.col + rect.cols - 1, cols: 1 }));
  }
  getLastCell(): SimRange {
    return this._derive(({ rect }) => ({
      row: rect.row + rect.rows - 1,
      col: rect.col + rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derive(({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this._derive(({ rect }) => ({ ...rect, rows: numRows, cols: numColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derive(({ rect }) => ({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }));
  }
  getEntireColumn(): SimRange {
    return this._derive(({ rect }) => ({ row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols }));
  }
  getEntireRow(): SimRange {
    return this._derive(({ rect }) => ({ row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLS }));
  }
  getIntersection(other: SimRange | string): SimRange {
    return this._derive(({ sheet, rect }) => {
      const i = intersect(rect, resolveRangeArgument(this.context, other, sheet).rect);
      if (!i) throw new SimHostError(ErrorCodes.itemNotFound, "The ranges do not intersect.");
      return i;
    });
  }
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    return this._derive(
      ({ sheet, rect }) => intersect(rect, resolveRangeArgument(this.context, other, sheet).rect),
      true,
    );
  }
  getBoundingRect(other: SimRange | string): SimRange {
    return this._derive(({ sheet, rect }) => {
      const o = resolveRangeArgument(this.context, other, sheet).rect;
      const row = Math.min(rect.row, o.row);
      const col = Math.min(rect.col, o.col);
      return {
        row,
        col,
        rows: Math.max(rect.row + rect.rows, o.row + o.rows) - row,
        cols: Math.max(rect.col + rect.cols, o.col + o.cols) - col,
      };
    });
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this._derive(({ sheet, rect }) => {
      const used = sheet.usedRect(valuesOnly);
      const i = used && intersect(used, rect);
      if (!i) throw new SimHostError(ErrorCodes.itemNotFound, "The range has no used cells.");
      return i;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._derive(({ sheet, rect }) => {
      const used = sheet.usedRect(valuesOnly);
      return used && intersect(used, rect);
    }, true);
  }

  select(): void {
    this._write("Range.select", ({ sheet, rect }) => {
      if (sheet.visibility !== "Visible")
        throw new SimHostError(ErrorCodes.invalidOperation, "Cannot select a range on a hidden sheet.");
      const model = this.context._host.model;
      model.activate(sheet, rect);
    });
  }

  clear(applyTo: string = "All"): void {
    this._write(
      "Range.clear",
      ({ sheet, rect }) => {
        assertWritable(sheet);
        clearRange(sheet, rect, applyTo);
        if (applyTo !== "Formats") this.context._host.model.changes.edited(sheet, rect);
      },
      jsonBytes([applyTo]),
    );
  }

  insert(shift: string): SimRange {
    this._write(
      "Range.insert",
      ({ sheet, rect }) => {
        assertWritable(sheet);
        shiftForInsert(this.context, sheet, rect, shift);
      },
      jsonBytes([shift]),
    );
    return this._derive(({ rect }) => rect);
  }

  delete(shift: string): void {
    this._write(
      "Range.delete",
      ({ sheet, rect }) => {
        assertWritable(sheet);
        shiftForDelete(this.context, sheet, rect, shift);
      },
      jsonBytes([shift]),
    );
  }

  copyFrom(source: SimRange | string, copyType: string = "All", skipBlanks = false): void {
    this._write(
      "Range.copyFrom",
      ({ sheet, rect }) => {
        assertWritable(sheet);
        const src = resolveRangeArgument(this.context, source, sheet);
        const dest = { row: rect.row, col: rect.col, rows: src.rect.rows, cols: src.rect.cols };
        assertInBounds(dest);
        const copies: [number, number, CellModel | undefined][] = [];
        for (let r = 0; r < dest.rows; r++) {
          for (let c = 0; c < dest.cols; c++)
            copies.push([r, c, src.sheet.cell(src.rect.row + r, src.rect.col + c)]);
        }
        for (const [r, c, cell] of copies) {
          if (skipBlanks && cell?.value === undefined) continue;
          const row = dest.row + r;
          const col = dest.col + c;
          if (copyType === "All" || copyType === "Values" || copyType === "Formulas") {
            sheet.setContent(row, col, {
              value: cell?.value,
              isError: cell?.isError,
              formula: cell?.formula,
            });
          }
          if (copyType === "All" || copyType === "Formats") {
            for (const k of FORMAT_KEYS) {
              const v = src.sheet.format(src.rect.row + r, src.rect.col + c, k);
              sheet.setCellFormat(row, col, k, v ?? undefined);
            }
          }
        }
        if (copyType !== "Formats") this.context._host.model.changes.edited(sheet, dest);
      },
      copyArgumentBytes(source, copyType, skipBlanks),
    );
  }

  calculate(): void {
    this._write("Range.calculate", () => undefined);
  }
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** Stores one typed value into a cell, coercing by the cell's number format. */
export function writeTyped(
  context: SimRequestContext,
  sheet: SheetModel,
  row: number,
  col: number,
  raw: CellScalar,
): void {
  const model = context._host.model;
  const fmt = sheet.format(row, col, "numberFormat") ?? undefined;
  const stored = coerceInput(raw, fmt, { dateSystem: model.dateSystem, dateOrder: model.dateOrder });
  sheet.setContent(row, col, stored);
  if (stored.impliedFormat && isGeneral(fmt))
    sheet.setCellFormat(row, col, "numberFormat", stored.impliedFormat);
}

export function clearRange(sheet: SheetModel, rect: Rect, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (contents) sheet.forEachCellIn(rect, (r, c) => sheet.setContent(r, c, { value: undefined }));
  if (formats) {
    for (const k of FORMAT_KEYS) if (k !== "validation") sheet.setFormat(rect, k, undefined);
    for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, rect));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  }
  if (applyTo === "All")
    sheet.comments = sheet.comments.filter(
      (cm) =>
        !(
          cm.row >= rect.row &&
          cm.row < rect.row + rect.rows &&
          cm.col >= rect.col &&
          cm.col < rect.col + rect.cols
        ),
    );
}

/** Entire rows always shift vertically and entire columns horizontally, whatever was asked. */
function isVertical(rect: Rect, shift: string): boolean {
  if (isEntireRows(rect)) return true;
  if (isEntireColumns(rect)) return false;
  return shift === "Down" || shift === "Up";
}

function shiftForInsert(context: SimRequestContext, sheet: SheetModel, rect: Rect, shift: string): void {
  shiftCells(context._host.model, sheet, rect, isVertical(rect, shift), true);
}

function shiftForDelete(context: SimRequestContext, sheet: SheetModel, rect: Rect, shift: string): void {
  shiftCells(context._host.model, sheet, rect, isVertical(rect, shift), false);
}
