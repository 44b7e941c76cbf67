// Placeholder until the Excel operations land: only inserting a header row works.
import type { WorkbookOps } from "../taskpane/ports";

const notYet = () => Promise.reject(new Error("This operation is not available yet."));

export function createWorkbookOps(): WorkbookOps {
  return {
    async insertTemplate() {
      return Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1:C1").values = [["Errors", "Engagement ID", "Referral ID"]];
        sheet.load("name");
        await context.sync();
        return { sheetName: sheet.name };
      });
    },
    applyDropdowns: notYet,
    check: notYet,
    clearHighlights: notYet,
    applyFixes: notYet,
    restore: notYet,
    canRestore: () => false,
    selectCell: notYet,
    buildCsv: notYet,
    keepFailedRows: notYet,
  };
}
