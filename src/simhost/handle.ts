// What tests and the playground hold: counters, the request log, a read/write view of the workbook
// that bypasses Office.js (user actions such as typing and pasting), edit mode and protection.
import { cellA1, fullAddress, parseAddress, rectA1 } from "./address";
import type { CellScalar, DateOrder } from "./coercion";
import type { DateSystem } from "./dates";
import type { HostState, RequestLogEntry, SimHostOptions } from "./host";
import { checkSheetName } from "./limits";
import { SheetModel, type HyperlinkModel, type ValidationModel, type WorkbookModel } from "./model";
import { displayText } from "./numberFormat";
import { nameReference } from "./names";
import {
  userClear,
  userPaste,
  userPasteCells,
  userShift,
  userSort,
  userType,
  type CopiedCell,
} from "./userInput";
import { shownValue } from "./formula";
import { setHidden } from "./hidden";
import { mergeArea } from "./merge";
import { applyFilter } from "./autoFilter";

export interface CellSnapshot {
  address: string;
  /** "" for an empty cell, as Range.values reports it. */
  value: CellScalar;
  text: string;
  numberFormat: string;
  formula: string | null;
  isError: boolean;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  wrapText: boolean;
  validation: ValidationModel | null;
  /** Conditional formats whose ranges cover this cell (their formula is not evaluated). */
  conditionalFormats: {
    id: string;
    type: string;
    formula: string | null;
    fill: string | null;
    fontColor: string | null;
  }[];
  comment: string | null;
  /** Range.hyperlink of the cell (ExcelApi 1.7); null without one. */
  hyperlink: HyperlinkModel | null;
}

export class SimSheetView {
  constructor(
    private readonly host: HostState,
    readonly model: SheetModel,
  ) {}

  get name(): string {
    return this.model.name;
  }
  get visibility(): string {
    return this.model.visibility;
  }
  get protected(): boolean {
    return this.model.protected;
  }
  get freeze(): { rows: number; cols: number } {
    return { ...this.model.freeze };
  }

  cell(a1: string): CellSnapshot {
    const { rect } = parseAddress(a1);
    const { row, col } = rect;
    const s = this.model;
    const c = s.cell(row, col);
    const numberFormat = s.format(row, col, "numberFormat") ?? "General";
    const shown = shownValue(s, row, col);
    return {
      address: fullAddress(s.name, { row, col, rows: 1, cols: 1 }),
      value: shown.value,
      text: displayText(shown.value, numberFormat, this.host.model.dateSystem),
      numberFormat,
      formula: c?.formula ?? null,
      isError: shown.isError,
      fill: s.format(row, col, "fill") ?? null,
      fontColor: s.format(row, col, "fontColor") ?? null,
      bold: Boolean(s.format(row, col, "bold")),
      italic: Boolean(s.format(row, col, "italic")),
      wrapText: Boolean(s.format(row, col, "wrapText")),
      validation: s.format(row, col, "validation") ?? null,
      conditionalFormats: s.conditionalFormats
        .filter((cf) =>
          cf.ranges.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols),
        )
        .map((cf) => ({
          id: cf.id,
          type: cf.type,
          formula: cf.formula ?? null,
          fill: cf.fill ?? null,
          fontColor: cf.fontColor ?? null,
        })),
      comment: s.comments.find((cm) => cm.row === row && cm.col === col)?.content ?? null,
      hyperlink: s.hyperlinks.get(SheetModel.key(row, col)) ?? null,
    };
  }

  /** Values of an area ("A1:C3"), "" for empty cells. */
  values(area: string): CellScalar[][] {
    const { rect } = parseAddress(area);
    const out: CellScalar[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: CellScalar[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(shownValue(this.model, rect.row + r, rect.col + c).value);
      out.push(row);
    }
    return out;
  }

  /** "A1:C5" or null for an empty sheet. */
  usedRange(valuesOnly = true): string | null {
    const used = this.model.usedRect(valuesOnly);
    return used ? rectA1(used) : null;
  }

  conditionalFormats(): {
    id: string;
    type: string;
    ranges: string[];
    formula: string | null;
    fill: string | null;
    stopIfTrue: boolean;
  }[] {
    return this.model.conditionalFormats.map((cf) => ({
      id: cf.id,
      type: cf.type,
      ranges: cf.ranges.map((r) => rectA1(r)),
      formula: cf.formula ?? null,
      fill: cf.fill ?? null,
      stopIfTrue: cf.stopIfTrue,
    }));
  }

  comments(): { address: string; content: string }[] {
    return this.model.comments.map((c) => ({ address: cellA1(c.row, c.col), content: c.content }));
  }

  /** Zero-based indexes of hidden rows / columns, ascending. */
  hiddenRows(): number[] {
    return [...this.model.hiddenRows].sort((a, b) => a - b);
  }
  hiddenColumns(): number[] {
    return [...this.model.hiddenCols].sort((a, b) => a - b);
  }
  /** Merged areas as "A1:B1". */
  merges(): string[] {
    return this.model.merges.map((m) => rectA1(m));
  }
  /** The AutoFilter's range and criteria (column offset → shown values), or null. */
  autoFilter(): { range: string; criteria: Record<number, string[]> } | null {
    const f = this.model.autoFilter;
    return f ? { range: rectA1(f.rect), criteria: Object.fromEntries(f.criteria) } : null;
  }

  columnWidth(column: number): number | null {
    return this.model.columnWidths.get(column) ?? null;
  }

  /** Test back door: stores value exactly (no coercion), optionally with a number format. */
  setCell(a1: string, value: CellScalar | null, numberFormat?: string): void {
    const { rect } = parseAddress(a1);
    this.model.setContent(rect.row, rect.col, { value: value ?? undefined });
    if (numberFormat !== undefined)
      this.model.setCellFormat(rect.row, rect.col, "numberFormat", numberFormat);
    this.host.notify();
  }
}

export class SimHandle {
  constructor(
    private readonly host: HostState,
    private readonly uninstaller: () => void,
  ) {}

  /** Round trips to the host (syncs that carried at least one operation). Assignable, e.g. to 0. */
  get syncCount(): number {
    return this.host.syncCount;
  }
  set syncCount(value: number) {
    this.host.syncCount = value;
  }
  resetSyncCount(): void {
    this.host.syncCount = 0;
    this.host.syncCalls = 0;
    this.host.requests = [];
  }
  /** Every context.sync() call, including empty ones that Office.js answers without a round trip. */
  get syncCalls(): number {
    return this.host.syncCalls;
  }
  get requests(): readonly RequestLogEntry[] {
    return this.host.requests;
  }
  get lastRequest(): RequestLogEntry | undefined {
    return this.host.requests[this.host.requests.length - 1];
  }

  get workbook(): WorkbookModel {
    return this.host.model;
  }
  get options(): Readonly<Required<Omit<SimHostOptions, "sheets" | "dateSystem" | "dateOrder">>> {
    return this.host.options;
  }
  /** Changes language, theme, platform, ExcelApi version or payload limit after install. */
  configure(changes: Partial<Omit<SimHostOptions, "sheets">>): void {
    const { dateSystem, dateOrder, ...rest } = changes;
    Object.assign(
      this.host.options,
      Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    );
    if (changes.excelApiVersion !== undefined) this.host.versionChanged();
    if ("payloadLimitBytes" in changes)
      this.host.options.payloadLimitBytes = changes.payloadLimitBytes ?? null;
    if (dateSystem) this.host.model.dateSystem = dateSystem;
    if (dateOrder) this.host.model.dateOrder = dateOrder;
  }

  sheet(name: string): SimSheetView {
    const s = this.host.model.findSheet(name);
    if (!s) throw new Error(`No sheet named '${name}'.`);
    return new SimSheetView(this.host, s);
  }
  sheetNames(): string[] {
    return this.host.model.sheets.map((s) => s.name);
  }
  get activeSheet(): string | null {
    return this.host.model.activeSheet?.name ?? null;
  }
  /** "Sheet1!B2" or null. */
  get selection(): string | null {
    const sel = this.host.model.selection;
    return sel ? fullAddress(sel.sheet.name, sel.rect) : null;
  }

  addSheet(name: string, rows?: CellScalar[][]): SimSheetView {
    checkSheetName(name);
    if (this.host.model.findSheet(name)) throw new Error(`A sheet named '${name}' exists.`);
    const sheet = new SheetModel(name);
    this.host.model.sheets.push(sheet);
    rows?.forEach((row, r) => row.forEach((v, c) => sheet.setContent(r, c, { value: v })));
    this.host.notify();
    return new SimSheetView(this.host, sheet);
  }
  /** The user clicks a sheet tab / selects cells (onActivated when the sheet changes). */
  activate(sheetName: string): void {
    this.host.model.activate(this.sheet(sheetName).model);
    this.userActed();
  }
  select(sheetName: string, address: string): void {
    this.host.model.activate(this.sheet(sheetName).model, parseAddress(address).rect);
    this.userActed();
  }

  /** Test back door: stores value exactly (no coercion). */
  setCell(sheetName: string, a1: string, value: CellScalar | null, numberFormat?: string): void {
    this.sheet(sheetName).setCell(a1, value, numberFormat);
  }
  /** The user types text into a cell (Excel's coercion applies; refused on a protected sheet). */
  typeCell(sheetName: string, a1: string, text: string): void {
    userType(this.host, this.sheet(sheetName).model, a1, text);
    this.userActed();
  }
  /** The user pastes text rows at topLeft (coerced like typing, "@" cells keep text). */
  paste(sheetName: string, topLeftA1: string, rows: string[][]): void {
    userPaste(this.host, this.sheet(sheetName).model, topLeftA1, rows);
    this.userActed();
  }
  /** The user pastes cells copied in Excel: values as they were, and the source's number formats and validation replace the destination's. */
  pasteCells(sheetName: string, topLeftA1: string, cells: CopiedCell[][]): void {
    userPasteCells(this.host, this.sheet(sheetName).model, topLeftA1, cells);
    this.userActed();
  }
  /** The user presses Delete on an area: contents go, formats stay. */
  clearCells(sheetName: string, area: string): void {
    userClear(this.host, this.sheet(sheetName).model, area);
    this.userActed();
  }
  /** Home › Insert › Insert Sheet Rows over "5:6" (rows move down, with their formats and marks). */
  insertRows(sheetName: string, rows: string): void {
    userShift(this.host, this.sheet(sheetName).model, rows, "down");
    this.userActed();
  }
  deleteRows(sheetName: string, rows: string): void {
    userShift(this.host, this.sheet(sheetName).model, rows, "up");
    this.userActed();
  }
  /** Insert or delete cells of an area only, shifting the cells below (or to the right) along. */
  shiftCells(sheetName: string, area: string, direction: "down" | "right" | "up" | "left"): void {
    userShift(this.host, this.sheet(sheetName).model, area, direction);
    this.userActed();
  }
  /** Data › Sort of an area's rows by one of its columns (offset in the area), as Excel orders values. */
  sortRows(sheetName: string, area: string, byColumn: number, ascending = true): void {
    userSort(this.host, this.sheet(sheetName).model, area, byColumn, ascending);
    this.userActed();
  }
  defineName(name: string, reference: string): void {
    const parsed = parseAddress(reference);
    const sheet =
      parsed.sheetName !== undefined ? this.sheet(parsed.sheetName).model : this.host.model.activeSheet;
    this.host.model.names.set(name.toLowerCase(), {
      name,
      sheet,
      rect: parsed.rect,
      comment: "",
      visible: true,
    });
  }
  names(): { name: string; reference: string }[] {
    return [...this.host.model.names.values()].map((n) => ({ name: n.name, reference: nameReference(n) }));
  }

  /** The user hides whole columns ("C:D") or rows ("3:5"), as Format › Hide does. */
  hideColumns(sheetName: string, columns: string): void {
    const { rect } = parseAddress(columns);
    setHidden(this.sheet(sheetName).model.hiddenCols, rect.col, rect.cols, true);
    this.host.notify();
  }
  hideRows(sheetName: string, rows: string): void {
    const { rect } = parseAddress(rows);
    setHidden(this.sheet(sheetName).model.hiddenRows, rect.row, rect.rows, true);
    this.host.notify();
  }
  /** The user filters rangeA1 (header in its first row) to rows whose column shows one of values. */
  filterRows(sheetName: string, rangeA1: string, columnIndex: number, values: string[]): void {
    const { rect } = parseAddress(rangeA1);
    applyFilter(this.host.model, this.sheet(sheetName).model, rect, columnIndex, {
      filterOn: "Values",
      values,
    });
    this.host.notify();
  }
  /** The user merges cells (Home › Merge & Center): only the top-left value is kept. */
  mergeCells(sheetName: string, area: string): void {
    mergeArea(this.sheet(sheetName).model, parseAddress(area).rect);
    this.host.notify();
  }

  /** While on, every request fails with InvalidOperationInCellEditMode (the user is typing in a cell). */
  setEditMode(on: boolean): void {
    this.host.model.editMode = on;
  }
  get editMode(): boolean {
    return this.host.model.editMode;
  }
  /** The user protects or unprotects a sheet (writes then fail with AccessDenied). */
  protectSheet(sheetName: string, on = true): void {
    this.sheet(sheetName).model.protected = on;
    this.host.notify();
  }
  setSheetVisibility(sheetName: string, visibility: "Visible" | "Hidden" | "VeryHidden"): void {
    this.sheet(sheetName).model.visibility = visibility;
    this.host.notify();
  }

  get dateSystem(): DateSystem {
    return this.host.model.dateSystem;
  }
  set dateSystem(value: DateSystem) {
    this.host.model.dateSystem = value;
  }
  get dateOrder(): DateOrder {
    return this.host.model.dateOrder;
  }
  set dateOrder(value: DateOrder) {
    this.host.model.dateOrder = value;
  }

  /** Resolves once every worksheet event raised so far has reached its handlers. */
  eventsDelivered(): Promise<void> {
    return this.host.model.changes.delivered();
  }

  /** Events of a user action come after it, as Excel raises them. */
  private userActed(): void {
    this.host.notify();
    this.host.model.changes.deliverLater();
  }

  /** Called after every request that changed the workbook and after user actions. */
  onChange(listener: () => void): () => void {
    return this.host.subscribe(listener);
  }

  uninstall(): void {
    this.uninstaller();
  }
}
