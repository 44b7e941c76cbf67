// insertTemplate(): the co-sell template header on a new sheet (or the active one when it is
// blank). Three requests: look at the workbook, write the template, then the header notes
// (comments, or input prompts where the host has no comments or refuses them).
import { templateHeader } from "../core/catalogue";
import type { TemplateOptions } from "../taskpane/ports";
import { resolveHeader } from "./columns";
import { isRequiredHeader, writeHeaderNotes } from "./headerNotes";
import { uniqueSheetName } from "./sheetNames";

export const TEMPLATE_SHEET_NAME = "Co-sell upload";
/** Data rows formatted as text: the 5,000 records a Partner Center download may hold. */
export const TEMPLATE_DATA_ROWS = 5000;
export const REQUIRED_HEADER_FILL = "#FFD966";
export const OPTIONAL_HEADER_FILL = "#F2F2F2";

const clampCount = (n: number): number => Math.min(50, Math.max(1, Math.floor(Number.isFinite(n) ? n : 1)));

/** Points: about 6 per character of Calibri 11, within sensible bounds. */
export function columnWidthFor(header: string, example: string): number {
  const chars = Math.max(header.length, Math.min(example.length, 30));
  return Math.min(240, Math.max(60, Math.round(chars * 6 + 14)));
}

export async function insertTemplate(options: TemplateOptions): Promise<{ sheetName: string }> {
  const header = templateHeader({
    solutionColumns: clampCount(options.solutionColumns),
    teamMemberColumns: clampCount(options.teamMemberColumns),
  });
  const columns = header.map((h) => {
    const resolved = resolveHeader(h);
    if (!resolved) throw new Error(`Template column ${h} is not in the catalogue`);
    return resolved;
  });
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const used = active.getUsedRangeOrNullObject();
    used.load("address");
    await context.sync();

    const sheet = used.isNullObject
      ? active
      : sheets.add(
          uniqueSheetName(
            TEMPLATE_SHEET_NAME,
            sheets.items.map((s) => s.name),
          ),
        );
    sheet.load("name");
    const cols = header.length;
    // Text format first, so nothing typed or pasted later is turned into a date or loses zeros.
    const data = sheet.getRangeByIndexes(1, 0, TEMPLATE_DATA_ROWS, cols);
    (data as { numberFormat: unknown }).numberFormat = "@";
    const headerRow = sheet.getRangeByIndexes(0, 0, 1, cols);
    headerRow.numberFormat = [header.map(() => "@")];
    headerRow.values = [header];
    headerRow.format.fill.color = OPTIONAL_HEADER_FILL;
    headerRow.format.font.bold = false;
    columns.forEach((column, col) => {
      const cell = sheet.getRangeByIndexes(0, col, 1, 1);
      if (isRequiredHeader(column)) {
        cell.format.font.bold = true;
        cell.format.fill.color = REQUIRED_HEADER_FILL;
      }
      cell.format.columnWidth = columnWidthFor(column.canonical, column.descriptor.example);
    });
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    // Notes in a step of their own: cosmetic, so a host that refuses comments still gets the template.
    await writeHeaderNotes(context, sheet, columns);
    return { sheetName: sheet.name };
  });
}
