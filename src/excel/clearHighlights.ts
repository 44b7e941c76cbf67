// clearHighlights(): delete our marks on every sheet (conditional formats recognised by their
// marker formula; nothing else is touched). All sheets in one batch first (4 requests at most);
// if that fails, sheet by sheet, so one sheet Excel refuses (protected, rules it cannot read)
// does not keep the others marked.
import { clearMarks } from "./marks";

export interface ClearOutcome {
  removed: number;
  /** Sheets whose marks could not be removed; the error of the first one is in `error`. */
  failedSheets: string[];
  error?: unknown;
}

export async function clearHighlights(): Promise<ClearOutcome> {
  const names = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  try {
    return { removed: await clearMarks(names), failedSheets: [] };
  } catch {
    // Batches are not transactions: part of the first attempt may have happened; each sheet's
    // second look finds what is left.
  }
  let removed = 0;
  const failedSheets: string[] = [];
  let error: unknown;
  for (const name of names) {
    try {
      removed += await clearMarks([name]);
    } catch (e) {
      failedSheets.push(name);
      error ??= e;
    }
  }
  // Nothing could be cleared anywhere: the reason (edit mode, protection) is the answer.
  if (names.length > 0 && failedSheets.length === names.length) throw error;
  return { removed, failedSheets, ...(error === undefined ? {} : { error }) };
}
