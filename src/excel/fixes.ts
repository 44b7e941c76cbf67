// applyFixes() / restore(): write the chosen findings' fixes in one batch, remembering each
// changed cell first. Two requests to fix (read the cells as they are now, write), one to restore.
// Hidden and filtered cells are fixed like the others (Excel writes into them); a header row
// merged since the check stops the fix before anything is written.
import type { Finding } from "../core/types";
import type { DateSystem } from "../core/dates";
import { planFixes } from "../core/fixPlan";
import { cellText } from "./cellText";
import { resolveHeader } from "./columns";
import type { CellSnapshot, FixSnapshot, SnapshotStore } from "./snapshotStore";
import { MergedHeaderError, queueMergedHeader } from "./sheetLayout";

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
    const cells = planned.map((p) => {
      const range = sheet.getRange(p.cell);
      range.load("values,formulas,numberFormat");
      return range;
    });
    await context.sync();
    const merged = mergedHeader();
    if (merged.length > 0) throw new MergedHeaderError(merged);

    const saved: CellSnapshot[] = [];
    planned.forEach((p, i) => {
      const range = cells[i];
      const value = range.values[0][0];
      if (!stillAsChecked(value, range.numberFormat[0][0], p.finding, dateSystem)) return;
      saved.push({
        address: p.cell,
        value,
        formula: range.formulas[0][0],
        numberFormat: range.numberFormat[0][0],
      });
      // Text format before the value, so Excel keeps "1/30/2020" or "012345678" as typed.
      range.numberFormat = [["@"]];
      range.values = [[p.fix]];
    });
    await context.sync();
    store.set({ sheetName: sheet.name, cells: saved });
    return { changed: saved.length };
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

export async function restoreFixes(store: SnapshotStore): Promise<{ restored: number }> {
  const snapshot: FixSnapshot | null = store.get();
  if (!snapshot) return { restored: 0 };
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
    for (const cell of snapshot.cells) queueRestoreCell(sheet.getRange(cell.address), cell);
    await context.sync();
    store.set(null);
    return { restored: snapshot.cells.length };
  });
}
