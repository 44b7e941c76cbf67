// Excel.Workbook, WorksheetCollection and Application.
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { checkSheetName } from "./limits";
import { SheetModel, type WorkbookModel } from "./model";
import { SimClientObject, SimCollection, type SimClientResult } from "./proxy";
import { SimRange } from "./range";
import { SimRangeAreas } from "./rangeAreas";
import { SimWorksheet } from "./worksheet";
import { SimNamedItemCollection } from "./names";
import { SimTableCollection } from "./tables";
import { SimCommentCollection } from "./comments";
import { SimCultureInfo } from "./cultureInfo";
import { WORKBOOK_TARGET } from "./changeFeed";
import { activatedHandlers, changedHandlers, type SimEventHandlers } from "./events";

export class SimWorksheetCollection extends SimCollection<SimWorksheet, SheetModel> {
  readonly _typeName = "WorksheetCollection";
  protected readonly _itemScalars = ["name", "id", "position", "visibility", "tabColor"];

  constructor(context: SimRequestContext) {
    super(context, () => null);
  }

  override _target(): SheetModel[] {
    return [...this.context._host.model.sheets];
  }

  protected _makeItem(model: SheetModel): SimWorksheet {
    return new SimWorksheet(this.context, () => model);
  }

  private get _model(): WorkbookModel {
    return this.context._host.model;
  }

  private _changed?: SimEventHandlers<Excel.WorksheetChangedEventArgs>;
  private _activated?: SimEventHandlers<Excel.WorksheetActivatedEventArgs>;
  /** ExcelApi 1.9: data changes on any sheet. */
  get onChanged(): SimEventHandlers<Excel.WorksheetChangedEventArgs> {
    return (this._changed ??= changedHandlers(this.context, "WorksheetCollection", () => WORKBOOK_TARGET));
  }
  /** ExcelApi 1.7: another sheet became the active one. */
  get onActivated(): SimEventHandlers<Excel.WorksheetActivatedEventArgs> {
    return (this._activated ??= activatedHandlers(
      this.context,
      "WorksheetCollection",
      () => WORKBOOK_TARGET,
    ));
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => {
      const s = this._model.activeSheet;
      if (!s) throw new SimHostError(ErrorCodes.itemNotFound, "There is no active worksheet.");
      return s;
    });
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => {
      const s = this._model.findSheetByKey(key);
      if (!s) throw new SimHostError(ErrorCodes.itemNotFound, `The worksheet '${key}' does not exist.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    this.context._requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new SimWorksheet(this.context, () => this._model.findSheetByKey(key) ?? null)._instantiate(
      "WorksheetCollection.getItemOrNullObject",
    );
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => this._model.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? fail(),
    );
  }

  getLast(visibleOnly = false): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () =>
        [...this._model.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? fail(),
    );
  }

  getCount(visibleOnly = false): SimClientResult<number> {
    return this._result(
      "WorksheetCollection.getCount",
      (list) => list.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  /** Appends a sheet (not activated, as in Excel); the default name is the next free "SheetN". */
  add(name?: string): SimWorksheet {
    let created: SheetModel | null = null;
    this._write(
      "WorksheetCollection.add",
      () => {
        const model = this._model;
        let sheetName = name;
        if (sheetName === undefined || sheetName === null) {
          let n = model.sheets.length + 1;
          while (model.findSheet(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        checkSheetName(sheetName);
        if (model.findSheet(sheetName))
          throw new SimHostError(
            ErrorCodes.itemAlreadyExists,
            `A sheet named '${sheetName}' already exists.`,
          );
        created = new SheetModel(sheetName);
        model.sheets.push(created);
      },
      name?.length ?? 0,
    );
    return new SimWorksheet(this.context, () => {
      if (!created) throw new SimHostError(ErrorCodes.itemNotFound);
      return created;
    });
  }
}

const fail = (): never => {
  throw new SimHostError(ErrorCodes.itemNotFound);
};

export class SimApplication extends SimClientObject<WorkbookModel> {
  readonly _typeName = "Application";
  protected readonly _scalars = ["calculationMode"];

  protected _read(model: WorkbookModel): unknown {
    return model.calculationMode;
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(value: string) {
    this._set("calculationMode", value, (model) => {
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(value))
        throw new SimHostError(ErrorCodes.invalidArgument);
      model.calculationMode = value;
    });
  }
  get cultureInfo(): SimCultureInfo {
    this.context._requireApi("1.11", "Application.cultureInfo");
    return this._child("cultureInfo", () => new SimCultureInfo(this.context, () => this._target()));
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "cultureInfo" ? (this.cultureInfo as SimClientObject<unknown>) : undefined;
  }
  calculate(calculationType?: string): void {
    void calculationType;
    this._write("Application.calculate", () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._write("Application.suspendApiCalculationUntilNextSync", () => undefined);
  }
}

export class SimWorkbook extends SimClientObject<WorkbookModel> {
  readonly _typeName = "Workbook";
  protected readonly _scalars = ["name"];
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  readonly tables: SimTableCollection;
  readonly comments: SimCommentCollection;
  readonly application: SimApplication;

  constructor(context: SimRequestContext) {
    super(context, () => context._host.model);
    this.worksheets = new SimWorksheetCollection(context);
    this.names = new SimNamedItemCollection(context);
    this.tables = new SimTableCollection(context, () => null, true);
    this.comments = new SimCommentCollection(context, () => null, true);
    this.application = new SimApplication(context, () => context._host.model);
  }

  protected _read(): unknown {
    return "Book1.xlsx";
  }
  get name(): string {
    return this._get("name");
  }

  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    const navs: Record<string, SimClientObject<unknown>> = {
      worksheets: this.worksheets as SimClientObject<unknown>,
      names: this.names as SimClientObject<unknown>,
      tables: this.tables as SimClientObject<unknown>,
      comments: this.comments as SimClientObject<unknown>,
      application: this.application as SimClientObject<unknown>,
    };
    return navs[name];
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const sel = this.context._host.model.selection;
      if (!sel) throw new SimHostError(ErrorCodes.itemNotFound, "Nothing is selected.");
      return { ...sel };
    });
  }

  getSelectedRanges(): SimRangeAreas {
    return new SimRangeAreas(this.context, () => {
      const sel = this.context._host.model.selection;
      if (!sel) throw new SimHostError(ErrorCodes.itemNotFound, "Nothing is selected.");
      return { sheet: sel.sheet, rect: sel.rect, areas: [sel.rect] };
    });
  }

  getActiveCell(): SimRange {
    return new SimRange(this.context, () => {
      const sel = this.context._host.model.selection;
      if (!sel) throw new SimHostError(ErrorCodes.itemNotFound, "Nothing is selected.");
      return { sheet: sel.sheet, rect: { row: sel.rect.row, col: sel.rect.col, rows: 1, cols: 1 } };
    });
  }
}
