// Worksheet.tables / Workbook.tables: enough to list, find, add and delete tables, and each table's
// own AutoFilter (Table.autoFilter, ExcelApi 1.9), which hides rows apart from the sheet's filter.
import type { SimRequestContext } from "./context";
import { ErrorCodes, SimHostError } from "./errors";
import { assertWritable } from "./limits";
import { newId, type SheetModel, type TableModel } from "./model";
import { SimClientObject, SimCollection, type SimClientResult } from "./proxy";
import { SimRange } from "./range";
import { SimAutoFilter } from "./autoFilter";
import { setHidden } from "./hidden";
import { resolveRangeArgument } from "./rangeArgument";

export interface TableRef {
  sheet: SheetModel;
  table: TableModel;
}

export class SimTableCollection extends SimCollection<SimTable, TableRef> {
  readonly _typeName = "TableCollection";
  protected readonly _itemScalars = ["id", "name", "showHeaders"];

  /** sheets(): the sheets whose tables this collection lists (one sheet, or the whole workbook). */
  constructor(
    context: SimRequestContext,
    private readonly _sheet: () => SheetModel | null,
    private readonly _workbookWide = false,
  ) {
    super(context, () => null);
  }

  override _target(): TableRef[] | null {
    const sheets = this._workbookWide
      ? this.context._host.model.sheets
      : [this._sheet()].filter((s): s is SheetModel => s !== null);
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  protected _makeItem(model: TableRef): SimTable {
    return new SimTable(this.context, () => model);
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): SimClientResult<number> {
    return this._result("TableCollection.getCount", (list) => list.length);
  }

  private _find(key: string): TableRef | undefined {
    const low = key.toLowerCase();
    return (this._target() ?? []).find((t) => t.table.name.toLowerCase() === low || t.table.id === key);
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, () => {
      const found = this._find(key);
      if (!found) throw new SimHostError(ErrorCodes.itemNotFound, `The table '${key}' does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.context, () => this._find(key) ?? null)._instantiate(
      "TableCollection.getItemOrNullObject",
    );
  }

  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    let created: TableRef | null = null;
    this._write("TableCollection.add", () => {
      const defaultSheet = this._sheet() ?? this.context._host.model.activeSheet;
      const ref = resolveRangeArgument(this.context, address, defaultSheet);
      assertWritable(ref.sheet);
      const all = this.context._host.model.sheets.flatMap((s) => s.tables);
      let n = all.length + 1;
      while (all.some((t) => t.name === `Table${n}`)) n++;
      const table: TableModel = {
        id: newId("table"),
        name: `Table${n}`,
        rect: ref.rect,
        showHeaders: hasHeaders,
      };
      ref.sheet.tables.push(table);
      created = { sheet: ref.sheet, table };
    });
    return new SimTable(this.context, () => {
      if (!created) throw new SimHostError(ErrorCodes.itemNotFound);
      return created;
    });
  }
}

export class SimTable extends SimClientObject<TableRef> {
  readonly _typeName = "Table";
  protected readonly _scalars = ["id", "name", "showHeaders"];

  protected override _checkAlive(t: TableRef): void {
    if (t.sheet.deleted || !t.sheet.tables.includes(t.table))
      throw new SimHostError(ErrorCodes.itemNotFound, "The table was deleted.");
  }
  protected _read({ table }: TableRef, name: string): unknown {
    return name === "id" ? table.id : name === "name" ? table.name : table.showHeaders;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, ({ table }) => (table.name = value));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  /** ExcelApi 1.9. */
  get autoFilter(): SimAutoFilter {
    return this._child("autoFilter", () => {
      this.context._requireApi("1.9", "Table.autoFilter");
      return new SimAutoFilter(this.context, () => this._target());
    });
  }
  protected override _navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "autoFilter" ? (this.autoFilter as SimClientObject<unknown>) : undefined;
  }
  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this._target();
      return t ? { sheet: t.sheet, rect: t.table.rect } : null;
    });
  }
  getHeaderRowRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this._target();
      return t ? { sheet: t.sheet, rect: { ...t.table.rect, rows: 1 } } : null;
    });
  }
  getDataBodyRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this._target();
      if (!t) return null;
      const skip = t.table.showHeaders ? 1 : 0;
      return {
        sheet: t.sheet,
        rect: { ...t.table.rect, row: t.table.rect.row + skip, rows: Math.max(1, t.table.rect.rows - skip) },
      };
    });
  }
  delete(): void {
    this._write("Table.delete", ({ sheet, table }) => {
      assertWritable(sheet);
      // Deleting a table (not its data) takes its filter away: the rows it hid show again.
      for (const row of table.autoFilter?.hidRows ?? []) setHidden(sheet.hiddenRows, row, 1, false);
      sheet.tables = sheet.tables.filter((x) => x !== table);
    });
  }
}
