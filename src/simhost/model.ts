// The simulated workbook: sheets hold SPARSE cell maps plus row/column format layers (so formatting
// a whole column does not allocate a million cells). Nothing here knows about proxies or batches.
import {
  MAX_COLS,
  MAX_ROWS,
  cellCount,
  contains,
  intersect,
  isEntireColumns,
  isEntireRows,
  subtract,
  type Rect,
} from "./address";
import { shiftBlock } from "./rowShift";
import type { CellScalar, DateOrder } from "./coercion";
import type { DateSystem } from "./dates";
import { ErrorCodes, SimHostError } from "./errors";
import { ChangeFeed } from "./changeFeed";

export interface ValidationModel {
  /** Office.js DataValidationRule shape, e.g. { list: { inCellDropDown, source } }. */
  rule?: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface CellFormat {
  numberFormat?: string | null;
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  wrapText?: boolean | null;
  horizontalAlignment?: string | null;
  validation?: ValidationModel | null;
}
export type FormatKey = keyof CellFormat;
export const FORMAT_KEYS: FormatKey[] = [
  "numberFormat",
  "fill",
  "fontColor",
  "bold",
  "italic",
  "wrapText",
  "horizontalAlignment",
  "validation",
];

export interface CellModel extends CellFormat {
  value?: CellScalar;
  isError?: boolean;
  formula?: string;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  ranges: Rect[];
  formula?: string;
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  stopIfTrue: boolean;
}

/** Excel.RangeHyperlink as set: an internet address or a place in the workbook. */
export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CommentModel {
  id: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  rect: Rect;
  showHeaders: boolean;
  /** The table's own filter (Table.autoFilter), apart from the sheet's. */
  autoFilter?: AutoFilterModel | null;
}

export interface AutoFilterModel {
  rect: Rect;
  /** Column index within rect → the values it shows (Excel's "values" filter). */
  criteria: Map<number, string[]>;
  /** Rows this filter hid, so clearing it shows exactly those again. */
  hidRows: Set<number>;
}

type Layer = Map<number, Map<FormatKey, { value: unknown; seq: number }>>;

/** A format set on a large rectangle at once (e.g. "@" on 5,000 template rows), kept as one entry. */
interface Block {
  rect: Rect;
  value: unknown;
  seq: number;
}

/** Constant format writes over at least this many cells become blocks instead of per-cell entries. */
export const BLOCK_MIN_CELLS = 4096;

/** Above this many cells a non-whole-row/column format write is refused (keeps the map sparse). */
export const MAX_FORMAT_CELLS = 2_000_000;

let idCounter = 0;
export const newId = (prefix: string): string => `{${prefix}-${(++idCounter).toString(16).padStart(8, "0")}}`;

export class SheetModel {
  readonly id = newId("sheet");
  visibility = "Visible";
  tabColor = "";
  protected = false;
  deleted = false;
  cells = new Map<number, CellModel>();
  rowFormats: Layer = new Map();
  colFormats: Layer = new Map();
  blocks = new Map<FormatKey, Block[]>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatModel[] = [];
  comments: CommentModel[] = [];
  /** Range.hyperlink per cell (hyperlink.ts); kept by cell key, not moved by row shifts. */
  hyperlinks = new Map<number, HyperlinkModel>();
  tables: TableModel[] = [];
  freeze = { rows: 0, cols: 0 };
  /** Rows and columns the user (or a filter) hid; see hidden.ts, autoFilter.ts. */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Merged areas (merge.ts); only the top-left cell of each holds a value. */
  merges: Rect[] = [];
  autoFilter: AutoFilterModel | null = null;
  private seq = 0;

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  private ensure(row: number, col: number): CellModel {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  private dropIfEmpty(row: number, col: number): void {
    const k = SheetModel.key(row, col);
    const c = this.cells.get(k);
    if (c && Object.values(c).every((v) => v === undefined)) this.cells.delete(k);
  }

  setContent(row: number, col: number, content: Pick<CellModel, "value" | "isError" | "formula">): void {
    const c = this.ensure(row, col);
    c.value = content.value === "" ? undefined : content.value;
    c.isError = content.isError || undefined;
    c.formula = content.formula;
    this.dropIfEmpty(row, col);
  }

  /** Removes a cell with its contents and cell-level formats (a sort moves them elsewhere). */
  clearCell(row: number, col: number): void {
    this.cells.delete(SheetModel.key(row, col));
  }

  /** Puts a whole cell (contents and cell-level formats) at a position. */
  putCell(row: number, col: number, cell: CellModel): void {
    this.cells.set(SheetModel.key(row, col), cell);
  }

  /** Effective format attribute: cell level first, then the newer of row/column layers. */
  format<K extends FormatKey>(row: number, col: number, key: K): CellFormat[K] | undefined {
    const c = this.cell(row, col);
    if (c && key in c && c[key] !== undefined) return c[key];
    const r = this.rowFormats.get(row)?.get(key);
    const k = this.colFormats.get(col)?.get(key);
    let best = r && k ? (r.seq > k.seq ? r : k) : (r ?? k);
    for (const b of this.blocks.get(key) ?? []) {
      if ((!best || b.seq > best.seq) && contains(b.rect, row, col)) best = b;
    }
    return best?.value as CellFormat[K] | undefined;
  }

  private hasLayer(key: FormatKey): boolean {
    if ((this.blocks.get(key)?.length ?? 0) > 0) return true;
    for (const l of [this.rowFormats, this.colFormats])
      for (const m of l.values()) if (m.has(key)) return true;
    return false;
  }

  /** Applies fn(old) to the attribute over rect; whole rows/columns go to the layers. */
  mapFormat<K extends FormatKey>(
    rect: Rect,
    key: K,
    fn: (old: CellFormat[K] | undefined) => CellFormat[K] | undefined,
  ): void {
    const seq = ++this.seq;
    const wholeCols = isEntireColumns(rect);
    const wholeRows = isEntireRows(rect);
    if (wholeCols || wholeRows) {
      const layer = wholeCols ? this.colFormats : this.rowFormats;
      const [from, count] = wholeCols ? [rect.col, rect.cols] : [rect.row, rect.rows];
      for (let i = from; i < from + count; i++) {
        const probe = wholeCols ? this.format(0, i, key) : this.format(i, 0, key);
        let m = layer.get(i);
        if (!m) layer.set(i, (m = new Map()));
        m.set(key, { value: fn(probe), seq });
      }
      for (const [k, c] of this.cells) {
        const row = Math.floor(k / MAX_COLS);
        const col = k % MAX_COLS;
        const inside = wholeCols
          ? col >= rect.col && col < rect.col + rect.cols
          : row >= rect.row && row < rect.row + rect.rows;
        if (inside && c[key] !== undefined) {
          c[key] = fn(c[key] as CellFormat[K]) as CellModel[K];
        }
      }
      return;
    }
    if (cellCount(rect) > MAX_FORMAT_CELLS) {
      throw new SimHostError(
        ErrorCodes.generalException,
        "The simulated host refuses to format this many individual cells.",
      );
    }
    const layered = this.hasLayer(key);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const next = fn(this.format(r, c, key));
        if (next === undefined && !layered) {
          const cell = this.cell(r, c);
          if (cell) {
            delete cell[key];
            this.dropIfEmpty(r, c);
          }
        } else {
          this.ensure(r, c)[key] = (next === undefined ? null : next) as CellModel[K];
        }
      }
    }
  }

  /** Sets one value over rect: whole rows/columns go to layers, large rectangles to a block. */
  setFormat<K extends FormatKey>(rect: Rect, key: K, value: CellFormat[K] | undefined): void {
    if (isEntireColumns(rect) || isEntireRows(rect) || cellCount(rect) < BLOCK_MIN_CELLS) {
      this.mapFormat(rect, key, () => value);
      return;
    }
    const layered = this.hasLayer(key);
    const touched: number[] = [];
    this.forEachCellIn(rect, (r, c, cell) => {
      if (cell[key] === undefined) return;
      delete cell[key]; // the newer block wins over what the cells had
      touched.push(r, c);
    });
    for (let i = 0; i < touched.length; i += 2) this.dropIfEmpty(touched[i], touched[i + 1]);
    if (value === undefined && !layered) return;
    const kept = (this.blocks.get(key) ?? []).filter(
      (b) => !(intersect(b.rect, rect) && subtract(b.rect, rect).length === 0),
    );
    kept.push({ rect: { ...rect }, value: value ?? null, seq: ++this.seq });
    this.blocks.set(key, kept);
  }

  setCellFormat<K extends FormatKey>(
    row: number,
    col: number,
    key: K,
    value: CellFormat[K] | undefined,
  ): void {
    this.mapFormat({ row, col, rows: 1, cols: 1 }, key, () => value);
  }

  /** Visits the stored cells inside rect (sparse: never walks empty cells). */
  forEachCellIn(rect: Rect, visit: (row: number, col: number, cell: CellModel) => void): void {
    for (const [k, c] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols)
        visit(row, col, c);
    }
  }

  /** Bounding box of cells with values (and, unless valuesOnly, with formats), or null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, c] of this.cells) {
      const hasValue = c.value !== undefined;
      const counts =
        hasValue || (!valuesOnly && FORMAT_KEYS.some((f) => c[f] !== undefined && c[f] !== null));
      if (!counts) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      r1 = Math.min(r1, row);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, row);
      c2 = Math.max(c2, col);
    }
    if (!valuesOnly) {
      for (const list of this.blocks.values()) {
        for (const b of list) {
          if (b.value === null || b.value === undefined) continue;
          r1 = Math.min(r1, b.rect.row);
          c1 = Math.min(c1, b.rect.col);
          r2 = Math.max(r2, b.rect.row + b.rect.rows - 1);
          c2 = Math.max(c2, b.rect.col + b.rect.cols - 1);
        }
      }
    }
    return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  /**
   * Range.insert (insert=true) or Range.delete over rect, shifting cells down/up (vertical) or
   * right/left. Cells, comments and format blocks move; cells pushed past the sheet edge are dropped.
   */
  shift(rect: Rect, vertical: boolean, insert: boolean): void {
    const band: Rect = vertical
      ? { row: rect.row, col: rect.col, rows: MAX_ROWS - rect.row, cols: rect.cols }
      : { row: rect.row, col: rect.col, rows: rect.rows, cols: MAX_COLS - rect.col };
    const n = vertical ? rect.rows : rect.cols;
    const delta = insert ? n : -n;
    const [dRow, dCol] = vertical ? [delta, 0] : [0, delta];
    const removed = insert ? null : rect;
    const moves = (row: number, col: number) =>
      contains(band, row, col) && !(removed && contains(removed, row, col));
    const next = new Map<number, CellModel>();
    for (const [k, c] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (removed && contains(removed, row, col)) continue;
      const [r2, c2] = moves(row, col) ? [row + dRow, col + dCol] : [row, col];
      if (r2 < MAX_ROWS && c2 < MAX_COLS) next.set(SheetModel.key(r2, c2), c);
    }
    this.cells = next;
    this.comments = this.comments.filter((cm) => !(removed && contains(removed, cm.row, cm.col)));
    for (const cm of this.comments) {
      if (moves(cm.row, cm.col)) {
        cm.row += dRow;
        cm.col += dCol;
      }
    }
    const [lineStart, lineCount, at] = vertical
      ? [rect.col, rect.cols, rect.row]
      : [rect.row, rect.rows, rect.col];
    for (const [key, list] of this.blocks) {
      this.blocks.set(
        key,
        list.flatMap((b) =>
          shiftBlock(b.rect, vertical, lineStart, lineCount, at, delta).map((r) => ({ ...b, rect: r })),
        ),
      );
    }
  }
}

export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  rect: Rect | null;
  /** For names that are not a range reference (constants, formulas). */
  formula?: string;
  comment: string;
  visible: boolean;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names = new Map<string, NameModel>();
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  dateSystem: DateSystem = 1900;
  dateOrder: DateOrder = "MDY";
  calculationMode = "Automatic";
  editMode = false;
  /** Worksheet events (changeFeed.ts): recorded where cells change, delivered after the request. */
  readonly changes = new ChangeFeed();

  /** Makes sheet the active one; raises onActivated when it was not. */
  activate(sheet: SheetModel | null, rect: Rect = { row: 0, col: 0, rows: 1, cols: 1 }): void {
    const changed = sheet !== this.activeSheet;
    this.activeSheet = sheet;
    this.selection = sheet ? { sheet, rect } : null;
    if (changed && sheet) this.changes.activated(sheet);
  }

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new SheetModel(n));
    this.activeSheet = this.sheets[0] ?? null;
    if (this.activeSheet)
      this.selection = { sheet: this.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  findSheet(name: string): SheetModel | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  findSheetByKey(key: string): SheetModel | undefined {
    return this.findSheet(key) ?? this.sheets.find((s) => s.id === key);
  }

  findName(name: string): NameModel | undefined {
    return this.names.get(name.toLowerCase());
  }
}
