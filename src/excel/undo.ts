// restore(): undoes the newest change the add-in made to cells, whichever kind it was.
import type { RestoreOutcome } from "../taskpane/ports";
import { restoreFixes } from "./fixes";
import type { SnapshotStore } from "./snapshotStore";
import { undoKeepFailedRows } from "./undoKeepFailedRows";

export async function undoLast(store: SnapshotStore): Promise<RestoreOutcome> {
  const step = store.peek();
  if (!step) return { restored: 0, changedSince: [] };
  if (step.kind !== "keepFailed") return restoreFixes(store, step);
  const { rowsBack } = await undoKeepFailedRows(step);
  // Undone, or impossible since a sheet changed: either way this step is over.
  store.pop();
  if (rowsBack === 0)
    return { restored: 0, changedSince: [], notUndone: { sheet: step.sheetName, movedTo: step.movedTo } };
  return { restored: 0, changedSince: [], rowsBack: { count: rowsBack, from: step.movedTo } };
}
