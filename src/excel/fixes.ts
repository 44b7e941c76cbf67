// applyFixes() / restore(): write the chosen findings' fixes in one batch, remembering each
// changed cell first; restore() undoes the batches newest first. Two requests to fix (read the
// cells as they are now, write), two to undo (read, to leave cells the user changed since; write),
// each split further by its size in bytes when it would not fit well under Excel on the web's 5 MB.
// Hidden and filtered cells are fixed like the others (Excel writes into them); a header row
// merged since the check stops the fix before anything is written.
import type { Finding } from "../core/types";
import type { DateSystem } from "../core/dates";
import { planFixes, type PlannedFix } from "../core/fixPlan";
import { cellText } from "../core/cells/cellText";
import { resolveHeader } from "./columns";
import type { CellSnapshot, FixSnapshot, SnapshotStore } from "./snapshotStore";
import { MergedHeaderError, queueMergedHeader } from "./sheetLayout";
import {
  LOAD_BYTES,
  PATH_BYTES,
  RESULT_BYTES,
  jsonBytes,
  rangeWriteBytes,
  splitByBytes,
  utf8Bytes,
} from "./requestSize";

function targetSheet(context: Excel.RequestContext, sheetName: string | null): Excel.Worksheet {
  return sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
}

/**
 * A cell is only fixed if it still holds the value the check saw; anything the user changed
 * since is left alone (never overwrite an edit we did not see).
 */
function stillAsChecked(
  value: unknown,
  numberFormat: unknown,
  finding: Finding,
  dateSystem: DateSystem,
): boolean {
  if (finding.value === null) return true;
  const isDate = finding.column ? resolveHeader(finding.column)?.descriptor.type.kind === "date" : false;
  return cellText(value, isDate, dateSystem, numberFormat) === finding.value;
}

/** A fix's read: the cell's path and a load; the response carries value, formula and format. */
const readBytes = (p: PlannedFix) =>
  PATH_BYTES + utf8Bytes(p.cell) + LOAD_BYTES + RESULT_BYTES + 3 * jsonBytes(p.finding.value ?? "") + 40;
/** A fix's write: Text format, then the value. */
const writeBytes = (p: PlannedFix) => rangeWriteBytes(p.cell, TEXT_FORMAT, [[p.fix]]);
const TEXT_FORMAT = [["@"]];

export async function applyFixes(
  findings: readonly Finding[],
  sheetName: string | null,
  dateSystem: DateSystem,
  store: SnapshotStore,
): Promise<{ changed: number }> {
  const planned = planFixes(findings);
  if (planned.length === 0) return { changed: 0 };
  return Excel.run(async (context) => {
    const sheet = targetSheet(context, sheetName);
    sheet.load("name");
    // Rides on the first request: a header merged since the check means its columns moved.
    const mergedHeader = queueMergedHeader(sheet.getUsedRange(true).getRow(0));
    // Reads in requests sized by bytes (each scattered cell is an object path of its own).
    const cells: Excel.Range[] = [];
    for (const group of splitByBytes(planned, readBytes)) {
      for (const p of group) cells.push(sheet.getRange(p.cell).load("values,formulas,numberFormat"));
      // One request per group is the point of the split: each stays within Excel's limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const merged = mergedHeader();
    if (merged.length > 0) throw new MergedHeaderError(merged);

    const pending: { fix: PlannedFix; range: Excel.Range; saved: CellSnapshot }[] = [];
    planned.forEach((p, i) => {
      const range = cells[i];
      const value = range.values[0][0];
      if (!stillAsChecked(value, range.numberFormat[0][0], p.finding, dateSystem)) return;
      pending.push({
        fix: p,
        range,
        saved: {
          address: p.cell,
          value,
          formula: range.formulas[0][0],
          numberFormat: range.numberFormat[0][0],
          written: p.fix,
        },
      });
    });
    const written: CellSnapshot[] = [];
    try {
      for (const group of splitByBytes(pending, (w) => writeBytes(w.fix))) {
        for (const w of group) {
          // Text format before the value, so Excel keeps "1/30/2020" or "012345678" as typed.
          w.range.numberFormat = TEXT_FORMAT;
          w.range.values = [[w.fix.fix]];
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        written.push(...group.map((w) => w.saved));
      }
    } finally {
      // A later request that failed leaves the earlier ones applied: they can still be undone.
      store.push({ sheetName: sheet.name, cells: written });
    }
    return { changed: written.length };
  });
}

/** Queues writes that put one cell back exactly: value type, formula and number format. */
export function queueRestoreCell(range: Excel.Range, cell: CellSnapshot): void {
  const formula = cell.formula;
  if (typeof formula === "string" && formula.startsWith("=")) {
    range.numberFormat = [[cell.numberFormat]];
    range.formulas = [[formula]];
    return;
  }
  if (typeof cell.value === "string") {
    // Written under "@" and then given its old format back: Excel stores the text as text and
    // does not re-parse "1/30/2020" into a date or "007" into 7.
    range.numberFormat = [["@"]];
    range.values = [[cell.value]];
    range.numberFormat = [[cell.numberFormat]];
    return;
  }
  range.numberFormat = [[cell.numberFormat]];
  range.values = [[cell.value as string | number | boolean]];
}

/** Bytes of one cell's restore: up to three property writes. */
const restoreBytes = (cell: CellSnapshot) =>
  rangeWriteBytes(
    cell.address,
    [[cell.numberFormat]],
    [[cell.formula]],
    [[cell.value]],
    [[cell.numberFormat]],
  );

/** A cell's read before an undo: path, load and its value back. */
const checkBytes = (cell: CellSnapshot) =>
  PATH_BYTES + utf8Bytes(cell.address) + LOAD_BYTES + RESULT_BYTES + jsonBytes(cell.written ?? "") + 20;

export interface RestoreOutcome {
  restored: number;
  /** Cells the user changed after the fix: left as they are, named so the pane can say so. */
  changedSince: string[];
}

/** Undoes the store's newest batch of fixes, except in cells that no longer hold what the fix wrote. */
export async function restoreFixes(store: SnapshotStore, snapshot: FixSnapshot): Promise<RestoreOutcome> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
    const current: Excel.Range[] = [];
    for (const group of splitByBytes(snapshot.cells, checkBytes)) {
      for (const cell of group) current.push(sheet.getRange(cell.address).load("values"));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const changedSince: string[] = [];
    const undo: CellSnapshot[] = [];
    snapshot.cells.forEach((cell, i) => {
      const now = current[i].values[0][0];
      if (cell.written === undefined || now === cell.written) undo.push(cell);
      else changedSince.push(cell.address);
    });
    let left = undo;
    for (const group of splitByBytes(undo, restoreBytes)) {
      for (const cell of group) queueRestoreCell(sheet.getRange(cell.address), cell);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      // Cells not yet undone stay undoable if a later request fails.
      left = left.slice(group.length);
      store.replaceTop(left);
    }
    if (undo.length === 0) store.replaceTop([]);
    return { restored: undo.length, changedSince };
  });
}
