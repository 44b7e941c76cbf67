// The task pane's window on the workbook: every Office.js call of the add-in lives behind this.
import type { DateSystem } from "../core/dates";
import type { WorkbookOps } from "../taskpane/ports";
import { checkActiveSheet } from "./check";
import { clearHighlights } from "./clearHighlights";
import { buildCsv } from "./csv";
import { applyDropdowns } from "./dropdowns";
import { applyFixes, restoreFixes } from "./fixes";
import { keepFailedRows } from "./keepFailedRows";
import { selectCell } from "./selectCell";
import { SnapshotStore } from "./snapshotStore";
import { insertTemplate } from "./template";
import { checkActiveHeader } from "./headerCheck";
import { openCsv } from "./openCsv";
import { refreshMarks } from "./marks";
import { throwIfCancelled } from "./cancel";
import { logUnexpected } from "../taskpane/errorLog";
import { readHostFacts } from "./hostFacts";
import { runSelfTest } from "./selfTest";

export function createWorkbookOps(): WorkbookOps {
  const store = new SnapshotStore();
  // The sheet the last check read: fixes and "go to cell" refer to its addresses.
  let checked: { sheetName: string; dateSystem: DateSystem } | null = null;

  return {
    hostFacts: readHostFacts,
    selfTest: runSelfTest,
    openCsv,
    insertTemplate,
    applyDropdowns,
    checkHeader: checkActiveHeader,
    async check(options, control = {}) {
      const outcome = await checkActiveSheet(options, control);
      // Last chance to cancel before the workbook changes.
      throwIfCancelled(control.signal);
      checked = { sheetName: outcome.sheet.sheetName, dateSystem: outcome.sheet.dateSystem };
      if (options.highlight === false) return outcome;
      try {
        await refreshMarks(outcome.sheet.sheetName, outcome.result.findings);
        return outcome;
      } catch (error) {
        logUnexpected(error, "refreshMarks");
        return { ...outcome, highlightsFailed: true };
      }
    },
    async clearHighlights() {
      const { removed, failedSheets, error } = await clearHighlights();
      if (error !== undefined) logUnexpected(error, "clearHighlights");
      return { removed, failedSheets };
    },
    applyFixes: (findings) =>
      applyFixes(findings, checked?.sheetName ?? null, checked?.dateSystem ?? 1900, store),
    restore: () => restoreFixes(store),
    canRestore: () => store.get() !== null,
    selectCell: (finding) => selectCell(finding, checked?.sheetName ?? null),
    buildCsv: (options) => buildCsv(options),
    async keepFailedRows() {
      const { sheetName, ...outcome } = await keepFailedRows();
      store.invalidate(sheetName);
      return outcome;
    },
  };
}
