// clearHighlights(): delete our marks on every sheet (conditional formats recognised by their
// marker formula; nothing else is touched). Requests: sheets, format types, custom formulas,
// deletions (the last only when there is something to delete).
import { deleteMarks, loadCustomRules, loadFormatTypes } from "./highlight";

export async function clearHighlights(): Promise<{ removed: number }> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const formats = sheets.items.map(loadFormatTypes);
    await context.sync();
    const rules = formats.flatMap(loadCustomRules);
    if (rules.length === 0) return { removed: 0 };
    await context.sync();
    const removed = deleteMarks(rules);
    if (removed > 0) await context.sync();
    return { removed };
  });
}
