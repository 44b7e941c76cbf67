// The marks of a check, in their own Excel.run after the read: highlighting is cosmetic, so its
// failure (a protected sheet, rules Excel cannot read back) must never take the check with it.
// Requests: format ids and types, the custom formulas (only when there are custom rules), then
// deletions by id and the new rules together (only when there is something to write).
import type { Finding } from "../core/types";
import { addMarks, deleteMarks, loadCustomRules, loadFormatTypes, ourMarkIds } from "./highlight";

/** Queues the lookup of a sheet's marks; after two requests, `ids()` gives our rules' ids. */
async function findMarks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<{ formats: Excel.ConditionalFormatCollection; ids: string[] }[]> {
  const formats = sheets.map(loadFormatTypes);
  await context.sync();
  const rules = formats.map(loadCustomRules);
  if (rules.some((r) => r.length > 0)) await context.sync();
  return formats.map((f, i) => ({ formats: f, ids: ourMarkIds(rules[i]) }));
}

/** Replaces the sheet's marks with those of the findings. */
export async function refreshMarks(
  sheetName: string,
  findings: readonly Finding[],
): Promise<{ removed: number; added: number }> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const [found] = await findMarks(context, [sheet]);
    const removed = deleteMarks(found.formats, found.ids);
    const added = addMarks(sheet, findings);
    if (removed + added > 0) await context.sync();
    return { removed, added };
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
