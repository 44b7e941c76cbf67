// Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet, as from
// worksheet.getRanges("A1:A3,C5"). Formats, validation and conditional formats apply to every area;
// one conditional format added here covers all of them.
import { cellCount, fullAddress, isEntireColumns, isEntireRows, parseAddress, type Rect } from "./address";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable, checkAddressLength } from "./limits";
import type { SheetModel } from "./model";
import { SimClientObject, SimCollection } from "./proxy";
import { clearRange, SimRange } from "./range";
import { SimRangeFormat } from "./rangeFormat";
import { areasOf, type RangeRef } from "./rangeRef";
import { SimDataValidation } from "./validation";

/** Parses "A1:A3,C5" (areas may repeat the sheet name) into rectangles of one sheet. */
export function parseAreas(
  address: string,
  sheet: SheetModel,
  findSheet: (name: string) => SheetModel | undefined,
): RangeRef {
  checkAddressLength(address);
  const parts = address
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) throw new SimHostError(ErrorCodes.invalidArgument, "The address is empty.");
  const areas: Rect[] = [];
  for (const part of parts) {
    const parsed = parseAddress(part);
    if (parsed.sheetName !== undefined && findSheet(parsed.sheetName) !== sheet) {
      throw new SimHostError(ErrorCodes.invalidArgument, "All areas must be on the worksheet.");
    }
    areas.push(parsed.rect);
  }
  return { sheet, rect: areas[0], areas };
}

export class SimRangeAreas extends SimClientObject<RangeRef> {
  readonly _typeName = "RangeAreas";
  protected readonly _scalars = [
    "address",
    "addressLocal",
    "areaCount",
    "cellCount",
    "isEntireColumn",
    "isEntireRow",
  ];

  constructor(context: SimRequestContext, resolver: () => RangeRef | null) {
    super(context, resolver);
  }

  protected override _checkAlive(t: RangeRef): void {
    if (t.sheet.deleted)
      throw new SimHostError(ErrorCodes.itemNotFound, "The worksheet of this range was deleted.");
  }

  protected _read(t: RangeRef, name: string): unknown {
    const areas = areasOf(t);
    switch (name) {
      case "address":
      case "addressLocal":
        return areas.map((r) => fullAddress(t.sheet.name, r)).join(",");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, r) => n + cellCount(r), 0);
      case "isEntireColumn":
        return areas.every(isEntireColumns);
      default:
        return areas.every(isEntireRows);
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
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
  get areas(): SimAreaCollection {
    return this._child("areas", () => new SimAreaCollection(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "format") return this.format as SimClientObject<unknown>;
    if (name === "dataValidation") return this.dataValidation as SimClientObject<unknown>;
    if (name === "areas") return this.areas as SimClientObject<unknown>;
    return undefined;
  }

  clear(applyTo: string = "All"): void {
    this._write("RangeAreas.clear", (t) => {
      assertWritable(t.sheet);
      for (const rect of areasOf(t)) clearRange(t.sheet, rect, applyTo);
    });
  }
  calculate(): void {
    this._write("RangeAreas.calculate", () => undefined);
  }
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** RangeAreas.areas: one Range per area. */
export class SimAreaCollection extends SimCollection<SimRange, RangeRef> {
  readonly _typeName = "RangeCollection";
  protected readonly _itemScalars = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

  constructor(
    context: SimRequestContext,
    private readonly _areas: () => RangeRef | null,
  ) {
    super(context, () => null);
  }
  override _target(): RangeRef[] | null {
    const t = this._areas();
    return t ? areasOf(t).map((rect) => ({ sheet: t.sheet, rect })) : null;
  }
  protected _makeItem(model: RangeRef): SimRange {
    return new SimRange(this.context, () => model);
  }
}
