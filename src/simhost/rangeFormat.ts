// Range.format: fill, font, wrapText, alignment, column widths and row heights.
import { normalizeColor } from "./colors";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable } from "./limits";
import type { FormatKey } from "./model";
import { SimClientObject } from "./proxy";
import { areasOf, scannable, uniformAreas, type RangeRef } from "./rangeRef";

/** Excel's defaults: 8.43 characters = 48 points wide, 15 points high. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

type Resolver = () => RangeRef | null;

function readUniform<V>(t: RangeRef, key: FormatKey, fallback: V): V | null {
  if (!scannable(t)) return null;
  return uniformAreas(t, (r, c) => (t.sheet.format(r, c, key) ?? fallback) as V);
}

abstract class FormatPart extends SimClientObject<RangeRef> {
  constructor(context: SimRequestContext, resolver: Resolver) {
    super(context, resolver);
  }

  protected _setFormat(
    name: string,
    key: FormatKey,
    value: unknown,
    normalize: (v: unknown) => unknown = (v) => v,
  ): void {
    this._set(name, value, (t) => {
      assertWritable(t.sheet);
      const v = normalize(value);
      for (const rect of areasOf(t)) t.sheet.setFormat(rect, key, v as never);
    });
  }
}

const bool = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw new SimHostError(ErrorCodes.invalidArgument);
  return v;
};

export class SimRangeFill extends FormatPart {
  readonly _typeName = "RangeFill";
  protected readonly _scalars = ["color"];
  protected _read(t: RangeRef): unknown {
    return readUniform(t, "fill", "#FFFFFF");
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setFormat("color", "fill", value, normalizeColor);
  }
  clear(): void {
    this._write("RangeFill.clear", (t) => {
      assertWritable(t.sheet);
      for (const rect of areasOf(t)) t.sheet.setFormat(rect, "fill", undefined);
    });
  }
}

export class SimRangeFont extends FormatPart {
  readonly _typeName = "RangeFont";
  protected readonly _scalars = ["color", "bold", "italic", "name", "size"];
  protected _read(t: RangeRef, name: string): unknown {
    if (name === "color") return readUniform(t, "fontColor", "#000000");
    if (name === "bold") return readUniform(t, "bold", false);
    if (name === "italic") return readUniform(t, "italic", false);
    if (name === "name") return "Calibri";
    return 11;
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setFormat("color", "fontColor", value, normalizeColor);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setFormat("bold", "bold", value, bool);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setFormat("italic", "italic", value, bool);
  }
  get name(): string {
    return this._get("name");
  }
  get size(): number {
    return this._get("size");
  }
}

export class SimRangeFormat extends FormatPart {
  readonly _typeName = "RangeFormat";
  protected readonly _scalars = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment"];

  protected _read(t: RangeRef, name: string): unknown {
    const { sheet, rect } = t;
    if (name === "wrapText") return readUniform(t, "wrapText", false);
    if (name === "horizontalAlignment") return readUniform(t, "horizontalAlignment", "General");
    if (name === "columnWidth") {
      const widths = new Set<number>();
      for (let c = rect.col; c < rect.col + Math.min(rect.cols, 16_384); c++)
        widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    const heights = new Set<number>();
    for (let r = rect.row; r < rect.row + Math.min(rect.rows, 100_000); r++)
      heights.add(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
    return heights.size === 1 ? [...heights][0] : null;
  }

  get fill(): SimRangeFill {
    return this._child("fill", () => new SimRangeFill(this.context, () => this._target()));
  }
  get font(): SimRangeFont {
    return this._child("font", () => new SimRangeFont(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "fill") return this.fill as SimClientObject<unknown>;
    if (name === "font") return this.font as SimClientObject<unknown>;
    return undefined;
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setFormat("wrapText", "wrapText", value, bool);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._setFormat("horizontalAlignment", "horizontalAlignment", value);
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, (t) => {
      if (typeof value !== "number" || value < 0) throw new SimHostError(ErrorCodes.invalidArgument);
      for (const rect of areasOf(t))
        for (let c = rect.col; c < rect.col + rect.cols; c++) t.sheet.columnWidths.set(c, value);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, (t) => {
      if (typeof value !== "number" || value < 0) throw new SimHostError(ErrorCodes.invalidArgument);
      for (const rect of areasOf(t))
        for (let r = rect.row; r < rect.row + rect.rows; r++) t.sheet.rowHeights.set(r, value);
    });
  }

  /** Width from the longest display text in each column (about 6 points per character). */
  autofitColumns(): void {
    this._write("RangeFormat.autofitColumns", (t) => {
      const longest = new Map<number, number>();
      for (const rect of areasOf(t)) {
        t.sheet.forEachCellIn(rect, (_r, c, cell) => {
          const len = cell.value === undefined ? 0 : String(cell.value).length;
          longest.set(c, Math.max(longest.get(c) ?? 0, len));
        });
      }
      for (const [c, len] of longest)
        t.sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH / 4, Math.ceil(len * 6 + 8)));
    });
  }
  autofitRows(): void {
    this._write("RangeFormat.autofitRows", () => undefined);
  }
}
