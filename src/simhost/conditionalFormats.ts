// Range.conditionalFormats: custom (formula) rules with fill/font formats. A conditional format
// covers a list of rectangles; a range's collection holds those that intersect it.
import { fullAddress, intersect, subtract } from "./address";
import { normalizeColor } from "./colors";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable } from "./limits";
import { newId, type ConditionalFormatModel, type SheetModel } from "./model";
import { SimClientObject, SimCollection, type SimClientResult } from "./proxy";
import { areasOf, type RangeRef } from "./rangeRef";
import { SimRange } from "./range";

const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

function intersecting(t: RangeRef): CfRef[] {
  const areas = areasOf(t);
  return t.sheet.conditionalFormats
    .filter((cf) => cf.ranges.some((r) => areas.some((a) => intersect(r, a))))
    .map((cf) => ({ sheet: t.sheet, cf }));
}

export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat, CfRef> {
  readonly _typeName = "ConditionalFormatCollection";
  protected readonly _itemScalars = ["id", "type", "priority", "stopIfTrue"];

  constructor(
    context: SimRequestContext,
    private readonly _range: () => RangeRef | null,
  ) {
    super(context, () => {
      const t = _range();
      return t ? intersecting(t) : null;
    });
  }

  /** The collection is recomputed at each use: conditional formats come and go within a batch. */
  override _target(): CfRef[] | null {
    const t = this._range();
    return t ? intersecting(t) : null;
  }

  protected _makeItem(model: CfRef): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => model);
  }

  add(type: string): SimConditionalFormat {
    this.context._requireApi("1.6", "ConditionalFormatCollection.add");
    let created: CfRef | null = null;
    this._write(
      "ConditionalFormatCollection.add",
      () => {
        const t = this._range();
        if (!t) return;
        assertWritable(t.sheet);
        if (!CF_TYPES.includes(type))
          throw new SimHostError(ErrorCodes.invalidArgument, `Unknown conditional format type '${type}'.`);
        const cf: ConditionalFormatModel = {
          id: newId("cf"),
          type,
          ranges: areasOf(t).map((r) => ({ ...r })),
          stopIfTrue: false,
        };
        t.sheet.conditionalFormats.unshift(cf); // a new rule gets the top priority, as in Excel
        created = { sheet: t.sheet, cf };
      },
      20,
    );
    return new SimConditionalFormat(this.context, () => {
      if (!created) throw new SimHostError(ErrorCodes.itemNotFound);
      return created;
    });
  }

  getCount(): SimClientResult<number> {
    return this._result("ConditionalFormatCollection.getCount", (list) => list.length);
  }

  getItem(id: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => {
      const found = (this._target() ?? []).find((x) => x.cf.id === id);
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound);
      return found;
    });
  }

  getItemAt(index: number): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => {
      const found = (this._target() ?? [])[index];
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound);
      return found;
    });
  }

  /** Removes conditional formatting from this range's cells (rules elsewhere keep their other cells). */
  clearAll(): void {
    this._write("ConditionalFormatCollection.clearAll", () => {
      const t = this._range();
      if (!t) return;
      assertWritable(t.sheet);
      for (const area of areasOf(t)) {
        for (const cf of t.sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, area));
      }
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    });
  }
}

export class SimConditionalFormat extends SimClientObject<CfRef> {
  readonly _typeName = "ConditionalFormat";
  protected readonly _scalars = ["id", "type", "priority", "stopIfTrue"];

  protected override _checkAlive(t: CfRef): void {
    if (!t.sheet.conditionalFormats.includes(t.cf))
      throw new SimHostError(ErrorCodes.itemNotFound, "The conditional format was deleted.");
  }

  protected _read({ sheet, cf }: CfRef, name: string): unknown {
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return sheet.conditionalFormats.indexOf(cf);
    return cf.stopIfTrue;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(value: number) {
    this._set("priority", value, ({ sheet, cf }) => {
      const list = sheet.conditionalFormats.filter((x) => x !== cf);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._set("stopIfTrue", value, ({ cf }) => (cf.stopIfTrue = Boolean(value)));
  }

  get custom(): SimCustomConditionalFormat {
    return this._child(
      "custom",
      () => new SimCustomConditionalFormat(this.context, () => this._customTarget()),
    );
  }
  private _customTarget(): CfRef | null {
    const t = this._target();
    if (t && t.cf.type !== "Custom")
      throw new SimHostError(ErrorCodes.invalidOperation, "This conditional format is not a custom one.");
    return t;
  }
  /** Null object when the format is of another type (ExcelApi 1.6). */
  get customOrNullObject(): SimCustomConditionalFormat {
    return this._child(
      "customOrNullObject",
      () =>
        new SimCustomConditionalFormat(this.context, () => {
          const t = this._target();
          return t && t.cf.type === "Custom" ? t : null;
        }),
    );
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "custom") return this.custom as SimClientObject<unknown>;
    if (name === "customOrNullObject") return this.customOrNullObject as SimClientObject<unknown>;
    return undefined;
  }

  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this._target();
      return t ? { sheet: t.sheet, rect: t.cf.ranges[0] } : null;
    });
  }

  /** Addresses of every rectangle the rule covers (Excel: getRanges().areas). */
  getRangeAddresses(): SimClientResult<string[]> {
    return this._result("ConditionalFormat.getRanges", ({ sheet, cf }) =>
      cf.ranges.map((r) => fullAddress(sheet.name, r)),
    );
  }

  delete(): void {
    this._write("ConditionalFormat.delete", ({ sheet, cf }) => {
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export class SimCustomConditionalFormat extends SimClientObject<CfRef> {
  readonly _typeName = "CustomConditionalFormat";
  protected readonly _scalars = [];
  protected _read(): unknown {
    return undefined;
  }
  get rule(): SimConditionalFormatRule {
    return this._child("rule", () => new SimConditionalFormatRule(this.context, () => this._target()));
  }
  get format(): SimConditionalRangeFormat {
    return this._child("format", () => new SimConditionalRangeFormat(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "rule") return this.rule as SimClientObject<unknown>;
    if (name === "format") return this.format as SimClientObject<unknown>;
    return undefined;
  }
}

export class SimConditionalFormatRule extends SimClientObject<CfRef> {
  readonly _typeName = "ConditionalFormatRule";
  protected readonly _scalars = ["formula", "formulaLocal"];
  protected _read({ cf }: CfRef): unknown {
    return cf.formula ?? "";
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._set("formula", value, ({ sheet, cf }) => {
      assertWritable(sheet);
      if (typeof value !== "string" || value.trim() === "")
        throw new SimHostError(ErrorCodes.invalidArgument, "The rule formula is empty.");
      cf.formula = value;
    });
  }
}

export class SimConditionalRangeFormat extends SimClientObject<CfRef> {
  readonly _typeName = "ConditionalRangeFormat";
  protected readonly _scalars = ["numberFormat"];
  protected _read(): unknown {
    return null;
  }
  get fill(): SimConditionalFill {
    return this._child("fill", () => new SimConditionalFill(this.context, () => this._target()));
  }
  get font(): SimConditionalFont {
    return this._child("font", () => new SimConditionalFont(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "fill") return this.fill as SimClientObject<unknown>;
    if (name === "font") return this.font as SimClientObject<unknown>;
    return undefined;
  }
}

export class SimConditionalFill extends SimClientObject<CfRef> {
  readonly _typeName = "ConditionalRangeFill";
  protected readonly _scalars = ["color"];
  protected _read({ cf }: CfRef): unknown {
    return cf.fill ?? null;
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, ({ cf }) => (cf.fill = normalizeColor(value)));
  }
  clear(): void {
    this._write("ConditionalRangeFill.clear", ({ cf }) => (cf.fill = null));
  }
}

export class SimConditionalFont extends SimClientObject<CfRef> {
  readonly _typeName = "ConditionalRangeFont";
  protected readonly _scalars = ["color", "bold"];
  protected _read({ cf }: CfRef, name: string): unknown {
    return name === "color" ? (cf.fontColor ?? null) : (cf.bold ?? null);
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, ({ cf }) => (cf.fontColor = normalizeColor(value)));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._set("bold", value, ({ cf }) => (cf.bold = Boolean(value)));
  }
}
