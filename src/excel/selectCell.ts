// selectCell(): show a finding's cell (activating its sheet first). One request.
import type { Finding } from "../core/types";
import { parseCell, rectA1 } from "./address";

export async function selectCell(finding: Finding, sheetName: string | null): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    sheet.activate();
    const ref = finding.cell ? parseCell(finding.cell) : null;
    // A row-level finding without a cell: select the row's first cell; file-level: just the sheet.
    if (ref) sheet.getRange(rectA1(ref.row, ref.col, 1, 1)).select();
    else if (finding.row !== null) sheet.getRange(`A${finding.row}`).select();
    await context.sync();
  });
}
