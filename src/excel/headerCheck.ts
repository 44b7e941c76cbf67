// checkHeader(): what the header row of the active sheet says before any check — old template,
// typos, duplicates — so the task pane can show it as soon as it opens. Two requests: the used
// range's position, then its first row's values.
import { analyseHeader } from "../core/header";
import type { HeaderCheck } from "../taskpane/ports";
import { cellText } from "./cellText";

export async function checkActiveHeader(): Promise<HeaderCheck> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    sheet.load("name");
    used.load("rowIndex,columnIndex,columnCount");
    await context.sync();
    if (used.isNullObject) return { sheetName: sheet.name, empty: true, columns: 0, findings: [] };

    const headerRow = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, 1, used.columnCount);
    headerRow.load("values");
    await context.sync();
    const header = headerRow.values[0].map((value) => cellText(value, false, 1900));
    const analysis = analyseHeader(header, { origin: { row: used.rowIndex, col: used.columnIndex } });
    return {
      sheetName: sheet.name,
      empty: false,
      columns: analysis.columns.filter((column) => column !== null).length,
      findings: analysis.findings,
    };
  });
}
