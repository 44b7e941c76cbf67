// clearHighlights(): delete our marks on every sheet (they are conditional formats recognised by
// their marker formula; nothing else is touched). Requests: sheets, their formats, the deletions.
import { deleteMarks, loadMarks } from "./highlight";

export async function clearHighlights(): Promise<{ removed: number }> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const formats = sheets.items.map(loadMarks);
    await context.sync();
    const removed = formats.reduce((sum, f) => sum + deleteMarks(f), 0);
    if (removed > 0) await context.sync();
    return { removed };
  });
}
