// User actions the task pane cannot perform itself: typing into a cell and pasting text.
import { parseAddress } from "./address";
import { coerceInput, isGeneral } from "./coercion";
import type { HostState } from "./host";
import { FORMAT_KEYS, type CellModel, type SheetModel, type ValidationModel } from "./model";
import type { CellScalar } from "./coercion";
import { recordEdit, shiftCells } from "./edits";

function typeAt(host: HostState, sheet: SheetModel, row: number, col: number, text: string): void {
  const fmt = sheet.format(row, col, "numberFormat") ?? undefined;
  const stored = coerceInput(text, fmt, {
    dateSystem: host.model.dateSystem,
    dateOrder: host.model.dateOrder,
  });
  sheet.setContent(row, col, stored);
  if (stored.impliedFormat && isGeneral(fmt))
    sheet.setCellFormat(row, col, "numberFormat", stored.impliedFormat);
}

function assertUserMayEdit(sheet: SheetModel): void {
  if (sheet.protected) throw new Error(`The sheet '${sheet.name}' is protected.`);
}

export function userType(host: HostState, sheet: SheetModel, a1: string, text: string): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(a1);
  const cell = { row: rect.row, col: rect.col, rows: 1, cols: 1 };
  recordEdit(host.model, sheet, cell, () => typeAt(host, sheet, rect.row, rect.col, text));
}

export function userPaste(host: HostState, sheet: SheetModel, topLeftA1: string, rows: string[][]): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(topLeftA1);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (rows.length === 0 || width === 0) return;
  // One event for the whole pasted area, as Excel raises it.
  const area = { row: rect.row, col: rect.col, rows: rows.length, cols: width };
  recordEdit(host.model, sheet, area, () =>
    rows.forEach((row, r) => row.forEach((text, c) => typeAt(host, sheet, rect.row + r, rect.col + c, text))),
  );
}

/** One copied cell as Excel's clipboard carries it: its value, number format and validation. */
export interface CopiedCell {
  value: CellScalar | null;
  /** The source's number format; General when absent. */
  numberFormat?: string;
  /** The source's data validation; none when absent. */
  validation?: ValidationModel;
}

/**
 * Ctrl+V of cells copied in Excel (the normal paste, "All"): each destination cell takes the
 * source's value as it was (no re-typing, so a date stays a serial) and ALL its formatting,
 * number format and data validation included, replacing the destination's: a "@" date column
 * becomes General and shows the serial; a dropdown column loses its list where pasted. Sources:
 * Excel's "Paste options" (All: "all cell contents and formatting"; Paste Special "All except
 * borders"/"Validation" exist because All takes validation too), and Range.copyFrom's
 * RangeCopyType.all, which the simulated host models the same way. Conditional formats are kept.
 */
export function userPasteCells(
  host: HostState,
  sheet: SheetModel,
  topLeftA1: string,
  cells: CopiedCell[][],
): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(topLeftA1);
  const width = cells.reduce((max, row) => Math.max(max, row.length), 0);
  if (cells.length === 0 || width === 0) return;
  const area = { row: rect.row, col: rect.col, rows: cells.length, cols: width };
  recordEdit(host.model, sheet, area, () =>
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const [at, col] = [rect.row + r, rect.col + c];
        sheet.setContent(at, col, { value: cell.value ?? undefined });
        for (const k of FORMAT_KEYS) sheet.setCellFormat(at, col, k, null);
        sheet.setCellFormat(at, col, "numberFormat", cell.numberFormat ?? "General");
        if (cell.validation) sheet.setCellFormat(at, col, "validation", structuredClone(cell.validation));
      }),
    ),
  );
}

/** The Delete key over an area: contents go, formats stay. */
export function userClear(host: HostState, sheet: SheetModel, area: string): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(area);
  recordEdit(host.model, sheet, rect, () =>
    sheet.forEachCellIn(rect, (r, c) => sheet.setContent(r, c, { value: undefined })),
  );
}

/** Insert (down/right) or delete (up/left) the cells of an area; "5:6" inserts or deletes whole rows. */
export function userShift(
  host: HostState,
  sheet: SheetModel,
  area: string,
  direction: "down" | "right" | "up" | "left",
): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(area);
  const vertical = direction === "down" || direction === "up";
  shiftCells(host.model, sheet, rect, vertical, direction === "down" || direction === "right");
}

/** Excel's sort order: numbers, text (case-insensitive), booleans, errors; blanks last either way. */
function sortRank(cell: CellModel | undefined): number {
  if (!cell || cell.value === undefined || cell.value === "") return 4;
  if (cell.isError) return 3;
  if (typeof cell.value === "boolean") return 2;
  return typeof cell.value === "number" ? 0 : 1;
}

function compareCells(a: CellModel | undefined, b: CellModel | undefined): number {
  const ra = sortRank(a);
  const rb = sortRank(b);
  if (ra !== rb || ra === 4) return ra - rb;
  const va = a?.value;
  const vb = b?.value;
  if (typeof va === "number" && typeof vb === "number") return va - vb;
  return String(va).localeCompare(String(vb), undefined, { sensitivity: "base" });
}

/** Data › Sort of the rows of an area by one of its columns; the cells move with their formats. */
export function userSort(
  host: HostState,
  sheet: SheetModel,
  area: string,
  byColumn: number,
  ascending: boolean,
): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(area);
  const rows = Array.from({ length: rect.rows }, (_, i) => {
    const cells: (CellModel | undefined)[] = [];
    for (let c = 0; c < rect.cols; c++) {
      const cell = sheet.cell(rect.row + i, rect.col + c);
      cells.push(cell ? { ...cell } : undefined);
    }
    return cells;
  });
  const blanksLast = (a: (CellModel | undefined)[], b: (CellModel | undefined)[]) => {
    const order = compareCells(a[byColumn], b[byColumn]);
    const blank = sortRank(a[byColumn]) === 4 || sortRank(b[byColumn]) === 4;
    return ascending || blank ? order : -order;
  };
  rows.sort(blanksLast);
  recordEdit(host.model, sheet, rect, () => {
    sheet.forEachCellIn(rect, (r, c) => sheet.clearCell(r, c));
    rows.forEach((cells, i) =>
      cells.forEach((cell, c) => {
        if (cell) sheet.putCell(rect.row + i, rect.col + c, cell);
      }),
    );
  });
}
