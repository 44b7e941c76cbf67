// Applying fixes, and undoing the add-in's changes one by one (batches of fixes, Keep only failed
// rows); both re-check so the list matches the sheet.
import * as React from "react";
import type { Finding } from "../../core/types";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export interface FixActions {
  applyFixes(findings: Finding[]): Promise<void>;
  restore(): Promise<void>;
}

/** The first few addresses, then an ellipsis: a sentence, not a wall of cells. */
function listCells(cells: string[]): string {
  const shown = cells.slice(0, 5).join(", ");
  return cells.length > 5 ? `${shown}…` : shown;
}

export function useFixes(
  ops: WorkbookOps,
  { run }: Session,
  recheck: (lead?: string) => Promise<unknown>,
): FixActions {
  const { t, tp } = useI18n();

  const applyFixes = React.useCallback(
    async (findings: Finding[]) => {
      const fixable = findings.filter((finding) => finding.fix !== null);
      if (fixable.length === 0) return;
      const applied = await run("fix", () => ops.applyFixes(fixable));
      if (!applied) return;
      await recheck(tp("fixApplied", applied.changed));
    },
    [ops, run, tp, recheck],
  );

  const restore = React.useCallback(async () => {
    const restored = await run("restore", () => ops.restore());
    if (!restored) return;
    const { restored: count, changedSince, rowsBack, notUndone } = restored;
    if (rowsBack) return void (await recheck(tp("undoRowsBack", rowsBack.count, { sheet: rowsBack.from })));
    if (notUndone) return void (await recheck(t("undoNotPossible", notUndone)));
    const left =
      changedSince.length === 0
        ? ""
        : ` ${tp("fixRestoreChangedSince", changedSince.length, { cells: listCells(changedSince) })}`;
    await recheck(`${tp("fixRestored", count)}${left}`);
  }, [ops, run, t, tp, recheck]);

  return { applyFixes, restore };
}
