// Worksheet.freezePanes and Worksheet.protection.
import { MAX_COLS, MAX_ROWS } from "./address";
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import type { SheetModel } from "./model";
import { SimClientObject } from "./proxy";
import { SimRange } from "./range";
import { resolveRangeArgument } from "./rangeArgument";

export class SimFreezePanes extends SimClientObject<SheetModel> {
  readonly _typeName = "WorksheetFreezePanes";
  protected readonly _scalars = [];

  constructor(context: SimRequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }
  protected _read(): unknown {
    return undefined;
  }

  private _freeze(location: string, rows: number | null, cols: number | null): void {
    this._write(location, (sheet) => {
      if (
        (rows !== null && (rows < 0 || rows >= MAX_ROWS)) ||
        (cols !== null && (cols < 0 || cols >= MAX_COLS))
      ) {
        throw new SimHostError(ErrorCodes.invalidArgument);
      }
      sheet.freeze = { rows: rows ?? 0, cols: cols ?? 0 };
    });
  }
  freezeRows(count = 1): void {
    this._freeze("WorksheetFreezePanes.freezeRows", count, null);
  }
  freezeColumns(count = 1): void {
    this._freeze("WorksheetFreezePanes.freezeColumns", null, count);
  }
  freezeAt(frozenRange: SimRange | string): void {
    this._write("WorksheetFreezePanes.freezeAt", (sheet) => {
      const { rect } = resolveRangeArgument(this.context, frozenRange, sheet);
      sheet.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this._write("WorksheetFreezePanes.unfreeze", (sheet) => (sheet.freeze = { rows: 0, cols: 0 }));
  }
  getLocationOrNullObject(): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this._target();
      if (!sheet || (sheet.freeze.rows === 0 && sheet.freeze.cols === 0)) return null;
      const { rows, cols } = sheet.freeze;
      return {
        sheet,
        rect: { row: 0, col: 0, rows: rows === 0 ? MAX_ROWS : rows, cols: cols === 0 ? MAX_COLS : cols },
      };
    })._instantiate("WorksheetFreezePanes.getLocationOrNullObject");
  }
}

export class SimWorksheetProtection extends SimClientObject<SheetModel> {
  readonly _typeName = "WorksheetProtection";
  protected readonly _scalars = ["protected"];
  private static passwords = new WeakMap<SheetModel, string>();

  constructor(context: SimRequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }
  protected _read(sheet: SheetModel): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(options?: unknown, password?: string): void {
    void options;
    this._write("WorksheetProtection.protect", (sheet) => {
      if (sheet.protected)
        throw new SimHostError(ErrorCodes.invalidOperation, "The worksheet is already protected.");
      sheet.protected = true;
      if (password) SimWorksheetProtection.passwords.set(sheet, password);
    });
  }
  unprotect(password?: string): void {
    this._write("WorksheetProtection.unprotect", (sheet) => {
      const expected = SimWorksheetProtection.passwords.get(sheet);
      if (expected !== undefined && expected !== password)
        throw new SimHostError(ErrorCodes.invalidArgument, "The password is incorrect.");
      sheet.protected = false;
      SimWorksheetProtection.passwords.delete(sheet);
    });
  }
}
