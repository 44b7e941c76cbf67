// checkHeader(): what the header row of the active sheet says before any check — old template,
// typos, duplicates, title lines above the header — so the task pane can show it as soon as it
// opens. The checker's own header step (core checkHeaderRows), on the first rows of the used range.
// Two requests: the used range's position, then its first rows' values.
import { checkHeaderRows, HEADER_SEARCH_ROWS } from "../core/header";
import type { HeaderCheck } from "../taskpane/ports";
import { cellText } from "../core/cells/cellText";

export async function checkActiveHeader(): Promise<HeaderCheck> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    sheet.load("name");
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return { sheetName: sheet.name, empty: true, columns: 0, findings: [] };

    // The header row, or the rows where a misplaced one would be found.
    const rowCount = Math.min(used.rowCount, HEADER_SEARCH_ROWS);
    const top = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, rowCount, used.columnCount);
    top.load("values");
    await context.sync();
    const rows = top.values.map((row) => row.map((value) => cellText(value, false, 1900)));
    const verdict = checkHeaderRows(rows, { origin: { row: used.rowIndex, col: used.columnIndex } });
    if (!verdict.ok) return { sheetName: sheet.name, empty: false, columns: 0, findings: [verdict.finding] };
    return {
      sheetName: sheet.name,
      empty: false,
      columns: verdict.analysis.columns.filter((column) => column !== null).length,
      findings: verdict.analysis.findings,
    };
  });
}
