// applyDropdowns(): list validation on every enumerated column of the active sheet (found by its
// header), backed by the hidden lists sheet and workbook names. Three requests whatever the row
// count: look (sheet shape, header, lists sheet, names), read the user's editable lists, write.
//
// Declined/Lost/Error reason: the dropdown offers the union 1–9 and the input prompt explains both
// lists. A per-row IF/INDIRECT source would tie the rule to the substatus column's position and
// still go stale when the substatus changes after a reason was picked (Excel does not re-validate
// existing values), so the substatus-specific check stays with the engine, which reports it.
import { DEFAULT_SERVICE_LISTS, dropdownLists } from "../core/catalogue";
import type { ServiceLists } from "../core/types";
import { resolveHeader, resolveHeaderRow } from "./columns";
import { ALERT_MESSAGE_MAX, clamp, PROMPT_MESSAGE_MAX, PROMPT_TITLE_MAX } from "./headerNotes";
import {
  LISTS_SHEET_NAME,
  NAME_PREFIX,
  listColumns,
  listKeyFor,
  nameFormula,
  readServiceLists,
} from "./listsSheet";
import { TEMPLATE_DATA_ROWS } from "./template";

export const ALERT_TITLE = "Not on the list";

function promptFor(column: string): string {
  const type = resolveHeader(column)?.descriptor;
  if (type?.type.kind === "service") {
    return `${type.description} Edit this list on the hidden sheet "${LISTS_SHEET_NAME}" (Unhide).`;
  }
  return dropdownLists(DEFAULT_SERVICE_LISTS).find((d) => d.column === column)?.note ?? "";
}

function alertFor(column: string): string {
  return `This value is not on Partner Center's list for ${column}. You can keep it; the checker will report it.`;
}

/** Queues our list rule on a column's data cells, replacing whatever rule they had. */
function setListValidation(range: Excel.Range, column: string, key: string): void {
  const validation = range.dataValidation;
  validation.clear(); // re-applying replaces our rule instead of stacking a second one
  validation.rule = { list: { inCellDropDown: true, source: `=${NAME_PREFIX}${key}` } };
  validation.ignoreBlanks = true;
  validation.prompt = {
    showPrompt: true,
    title: clamp(column, PROMPT_TITLE_MAX),
    message: clamp(promptFor(column), PROMPT_MESSAGE_MAX),
  };
  // Warning, not Stop: a pasted value may stay, and the check reports it.
  validation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.warning,
    title: ALERT_TITLE,
    message: clamp(alertFor(column), ALERT_MESSAGE_MAX),
  };
}

export async function applyDropdowns(): Promise<{ columns: number }> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange(true);
    used.load("rowIndex,rowCount,columnIndex");
    const headerRange = used.getRow(0);
    headerRange.load("values");
    const listsSheet = workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
    listsSheet.load("name");
    workbook.names.load("items/name,items/formula");
    await context.sync();

    // Keep what the user typed into the editable lists; fill the defaults the first time.
    let editable: ServiceLists = DEFAULT_SERVICE_LISTS;
    if (!listsSheet.isNullObject) {
      const current = listsSheet.getUsedRange(true);
      current.load("values");
      await context.sync();
      editable = readServiceLists(current.values) ?? DEFAULT_SERVICE_LISTS;
    }

    const lists = listsSheet.isNullObject ? workbook.worksheets.add(LISTS_SHEET_NAME) : listsSheet;
    lists.getRange().clear(Excel.ClearApplyTo.contents);
    const existingNames = new Map(workbook.names.items.map((n) => [n.name.toLowerCase(), n]));
    listColumns(editable).forEach((column, c) => {
      const block = lists.getRangeByIndexes(0, c, 1 + column.values.length, 1);
      // Text, so codes like 1 and 10 match what users type into the "@" data cells.
      (block as { numberFormat: unknown }).numberFormat = "@";
      block.values = [[column.title], ...column.values.map((v) => [v])];
      if (!column.key) return;
      const name = NAME_PREFIX + column.key;
      const formula = nameFormula(c, column);
      const existing = existingNames.get(name.toLowerCase());
      if (existing && existing.formula === formula) return;
      // Replaced rather than edited: the rules below are re-set in this same request anyway.
      existing?.delete();
      workbook.names.add(name, formula);
    });
    lists.visibility = Excel.SheetVisibility.hidden;

    const header = (headerRange.values[0] ?? []).map((v) => String(v ?? ""));
    const firstDataRow = used.rowIndex + 1;
    const firstCol = used.columnIndex;
    const lastRow = Math.max(used.rowIndex + used.rowCount - 1, used.rowIndex + TEMPLATE_DATA_ROWS);
    let applied = 0;
    resolveHeaderRow(header).forEach((resolved, i) => {
      if (!resolved || resolved.n !== null) return;
      const key = listKeyFor(resolved.canonical);
      if (!key) return;
      const rows = lastRow - firstDataRow + 1;
      setListValidation(
        sheet.getRangeByIndexes(firstDataRow, firstCol + i, rows, 1),
        resolved.canonical,
        key,
      );
      applied++;
    });
    await context.sync();
    return { columns: applied };
  });
}
