// User actions the task pane cannot perform itself: typing into a cell and pasting text.
import { parseAddress } from "./address";
import { coerceInput, isGeneral } from "./coercion";
import type { HostState } from "./host";
import type { SheetModel } from "./model";

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
  typeAt(host, sheet, rect.row, rect.col, text);
}

export function userPaste(host: HostState, sheet: SheetModel, topLeftA1: string, rows: string[][]): void {
  assertUserMayEdit(sheet);
  const { rect } = parseAddress(topLeftA1);
  rows.forEach((row, r) => row.forEach((text, c) => typeAt(host, sheet, rect.row + r, rect.col + c, text)));
}
