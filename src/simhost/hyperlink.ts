// Range.hyperlink (ExcelApi 1.7): set on every cell of a range; read from its top-left cell, as
// Excel reports one link for a range. A link with textToDisplay writes that text as the value.
import type { Rect } from "./address";
import { ErrorCodes, SimHostError } from "./errors";
import { SheetModel, type HyperlinkModel } from "./model";

const FIELDS = ["address", "documentReference", "screenTip", "textToDisplay"] as const;

export function readHyperlink(sheet: SheetModel, rect: Rect): HyperlinkModel {
  return { ...(sheet.hyperlinks.get(SheetModel.key(rect.row, rect.col)) ?? {}) };
}

export function writeHyperlink(
  sheet: SheetModel,
  rect: Rect,
  value: HyperlinkModel,
  writeText: (row: number, col: number, text: string) => void,
): void {
  if (typeof value !== "object" || value === null)
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      "The argument is invalid or missing or has an incorrect format. (hyperlink)",
    );
  const link: HyperlinkModel = {};
  for (const field of FIELDS) {
    const v = value[field];
    if (v !== undefined && v !== null) link[field] = String(v);
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const key = SheetModel.key(r, c);
      // An empty link (no address, no reference) removes the cell's link, as in Excel.
      if (link.address === undefined && link.documentReference === undefined) sheet.hyperlinks.delete(key);
      else sheet.hyperlinks.set(key, link);
      if (link.textToDisplay !== undefined) writeText(r, c, link.textToDisplay);
    }
  }
}
