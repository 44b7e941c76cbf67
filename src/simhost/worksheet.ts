// Excel.Worksheet: name, id, position, visibility, tabColor, activate/delete, ranges, used range,
// freeze panes, protection, tables, comments.
import { jsonBytes } from "./wireSize";
import { fullAddress, MAX_COLS, MAX_ROWS, type Rect } from "./address";
import { normalizeColor } from "./colors";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { checkSheetName, truncateAddress } from "./limits";
import type { SheetModel } from "./model";
import { SimClientObject } from "./proxy";
import { SimRange } from "./range";
import { resolveAddress } from "./rangeArgument";
import { SimFreezePanes, SimWorksheetProtection } from "./sheetParts";
import { SimTableCollection } from "./tables";
import { SimCommentCollection } from "./comments";
import { assertInBounds } from "./address";
import { parseAreas, SimRangeAreas } from "./rangeAreas";
import { SimAutoFilter } from "./autoFilter";
import { activatedHandlers, changedHandlers, type SimEventHandlers } from "./events";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class SimWorksheet extends SimClientObject<SheetModel> {
  readonly _typeName = "Worksheet";
  protected readonly _scalars = ["name", "id", "position", "visibility", "tabColor", "standardWidth"];

  constructor(context: SimRequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }

  protected override _checkAlive(sheet: SheetModel): void {
    if (sheet.deleted) throw new SimHostError(ErrorCodes.itemNotFound, "The worksheet was deleted.");
  }

  protected _read(sheet: SheetModel, name: string): unknown {
    const model = this.context._host.model;
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      default:
        return 8.43;
    }
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (sheet) => {
      checkSheetName(value);
      const other = this.context._host.model.findSheet(value);
      if (other && other !== sheet)
        throw new SimHostError(ErrorCodes.itemAlreadyExists, `A sheet named '${value}' already exists.`);
      sheet.name = value;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, (sheet) => {
      const sheets = this.context._host.model.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new SimHostError(ErrorCodes.invalidArgument);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value, (sheet) => {
      if (!VISIBILITIES.includes(value)) throw new SimHostError(ErrorCodes.invalidArgument);
      const model = this.context._host.model;
      if (value !== "Visible") {
        const othersVisible = model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
        if (!othersVisible)
          throw new SimHostError(
            ErrorCodes.invalidOperation,
            "A workbook must contain at least one visible worksheet.",
          );
        sheet.visibility = value;
        if (model.activeSheet === sheet) activateFirstVisible(this.context);
      } else {
        sheet.visibility = value;
      }
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this._set("tabColor", value, (sheet) => (sheet.tabColor = value === "" ? "" : normalizeColor(value)));
  }

  activate(): void {
    this._write("Worksheet.activate", (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new SimHostError(ErrorCodes.invalidOperation, "A hidden worksheet cannot be activated.");
      const model = this.context._host.model;
      model.activate(sheet);
    });
  }

  delete(): void {
    this._write("Worksheet.delete", (sheet) => {
      const model = this.context._host.model;
      if (!model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new SimHostError(
          ErrorCodes.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
        );
      }
      model.sheets = model.sheets.filter((s) => s !== sheet);
      sheet.deleted = true;
      for (const n of model.names.values()) if (n.sheet === sheet) n.rect = null; // shows as #REF!
      if (model.activeSheet === sheet) activateFirstVisible(this.context);
    });
  }

  private _range(compute: (sheet: SheetModel) => Rect | null, nullable = false): SimRange {
    const range = new SimRange(this.context, () => {
      const sheet = this._target();
      if (!sheet) return null;
      const rect = compute(sheet);
      if (!rect) return null;
      assertInBounds(rect);
      return { sheet, rect };
    });
    return nullable ? range._instantiate("Worksheet.getUsedRangeOrNullObject") : range;
  }

  /** No address: the whole sheet. An address may also be a defined name. */
  getRange(address?: string): SimRange {
    if (address === undefined || address === "")
      return this._range(() => ({ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
    const range = new SimRange(this.context, () => {
      const sheet = this._target();
      return sheet ? resolveAddress(this.context, truncateAddress(address), sheet) : null;
    });
    range._pathBytes += jsonBytes(address);
    return range;
  }
  /** Several areas, "A1:A3,C5" (ExcelApi 1.9). */
  getRanges(address: string): SimRangeAreas {
    this.context._requireApi("1.9", "Worksheet.getRanges");
    const areas = new SimRangeAreas(this.context, () => {
      const sheet = this._target();
      return sheet
        ? parseAreas(truncateAddress(address), sheet, (n) => this.context._host.model.findSheet(n))
        : null;
    });
    areas._pathBytes += jsonBytes(address);
    return areas;
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    const range = this._range(() => ({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
    range._pathBytes += jsonBytes([startRow, startColumn, rowCount, columnCount]);
    return range;
  }
  getCell(row: number, column: number): SimRange {
    const range = this._range(() => ({ row, col: column, rows: 1, cols: 1 }));
    range._pathBytes += jsonBytes([row, column]);
    return range;
  }
  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): SimRange {
    return this._range((sheet) => sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    this.context._requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this._range((sheet) => sheet.usedRect(valuesOnly), true);
  }

  get freezePanes(): SimFreezePanes {
    return this._child("freezePanes", () => new SimFreezePanes(this.context, () => this._target()));
  }
  get protection(): SimWorksheetProtection {
    return this._child("protection", () => new SimWorksheetProtection(this.context, () => this._target()));
  }
  /** ExcelApi 1.9. */
  get autoFilter(): SimAutoFilter {
    return this._child("autoFilter", () => {
      this.context._requireApi("1.9", "Worksheet.autoFilter");
      return new SimAutoFilter(this.context, () => {
        const sheet = this._target();
        return sheet ? { sheet } : null;
      });
    });
  }
  get tables(): SimTableCollection {
    return this._child("tables", () => new SimTableCollection(this.context, () => this._target()));
  }
  get comments(): SimCommentCollection {
    return this._child("comments", () => new SimCommentCollection(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "protection") return this.protection as SimClientObject<unknown>;
    if (name === "tables") return this.tables as SimClientObject<unknown>;
    if (name === "comments") return this.comments as SimClientObject<unknown>;
    if (name === "autoFilter") return this.autoFilter as SimClientObject<unknown>;
    return undefined;
  }

  calculate(): void {
    this._write("Worksheet.calculate", () => undefined);
  }

  private _changed?: SimEventHandlers<Excel.WorksheetChangedEventArgs>;
  private _activated?: SimEventHandlers<Excel.WorksheetActivatedEventArgs>;
  private readonly _eventTarget = (): string => {
    const sheet = this._target();
    if (!sheet) throw new SimHostError(ErrorCodes.itemNotFound, "The worksheet does not exist.");
    return sheet.id;
  };
  /** ExcelApi 1.7: data changes on this sheet (see events.ts). */
  get onChanged(): SimEventHandlers<Excel.WorksheetChangedEventArgs> {
    return (this._changed ??= changedHandlers(this.context, "Worksheet", this._eventTarget));
  }
  /** ExcelApi 1.7. */
  get onActivated(): SimEventHandlers<Excel.WorksheetActivatedEventArgs> {
    return (this._activated ??= activatedHandlers(this.context, "Worksheet", this._eventTarget));
  }
}

function activateFirstVisible(context: SimRequestContext): void {
  const model = context._host.model;
  model.activate(model.sheets.find((s) => s.visibility === "Visible") ?? null);
}

export const addressOf = (sheet: SheetModel, rect: Rect): string => fullAddress(sheet.name, rect);
