// The marks of a check, in their own Excel.run after the read: highlighting is cosmetic, so its
// failure (a protected sheet, rules Excel cannot read back) must never take the check with it.
// Requests: format ids and types, the custom formulas (only when there are custom rules), then
// deletions by id and the new rules together (only when there is something to write).
import type { Finding } from "../core/types";
import { deleteMarks, loadCustomRules, loadFormatTypes, ourMarkIds } from "./highlight";
import { queueAllMarks, type MarkModel } from "./markModel";

/** Queues the lookup of a sheet's marks; after two requests, `ids()` gives our rules' ids. */
async function findMarks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<FoundMarks[]> {
  const formats = sheets.map(loadFormatTypes);
  await context.sync();
  return findMarksAfterTypes(context, formats);
}

export interface FoundMarks {
  formats: Excel.ConditionalFormatCollection;
  /** Our rules' ids, and the ids of the user's own custom rules. */
  ids: string[];
  others: string[];
}

/** After loadFormatTypes' request: one more for the custom rules' formulas (when there are any). */
export async function findMarksAfterTypes(
  context: Excel.RequestContext,
  formats: readonly Excel.ConditionalFormatCollection[],
): Promise<FoundMarks[]> {
  const rules = formats.map(loadCustomRules);
  if (rules.some((r) => r.length > 0)) await context.sync();
  return formats.map((f, i) => {
    const ids = ourMarkIds(rules[i]);
    const ours = new Set(ids);
    return { formats: f, ids, others: rules[i].map((r) => r.id).filter((id) => !ours.has(id)) };
  });
}

/** Replaces the marks found (by marker) with those of the findings; after the sync, their model. */
export function queueReplaceMarks(
  sheet: Excel.Worksheet,
  found: FoundMarks,
  findings: readonly Finding[],
): { writes: number; done: () => MarkModel } {
  const removed = deleteMarks(found.formats, found.ids);
  const added = queueAllMarks(sheet, findings);
  return { writes: removed + added.count, done: () => ({ ...added.done(), others: found.others }) };
}

/**
 * Replaces the sheet's marks with those of the findings (`sheet`: its name or id). Returns what was
 * written, rule by rule, for a live re-check to update later (markModel.ts).
 */
export async function refreshMarks(
  sheet: string,
  findings: readonly Finding[],
): Promise<{ removed: number; added: number; model: MarkModel }> {
  return Excel.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    const [found] = await findMarks(context, [target]);
    const replace = queueReplaceMarks(target, found, findings);
    if (replace.writes > 0) await context.sync();
    const model = replace.done();
    return { removed: found.ids.length, added: model.rules.length, model };
  });
}

/** Deletes our marks on the named sheets in one batch (all or nothing, as Excel batches are). */
export async function clearMarks(sheetNames: readonly string[]): Promise<number> {
  return Excel.run(async (context) => {
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItem(name));
    const found = await findMarks(context, sheets);
    const removed = found.reduce((n, f) => n + deleteMarks(f.formats, f.ids), 0);
    if (removed > 0) await context.sync();
    return removed;
  });
}
