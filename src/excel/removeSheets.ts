// Taking away sheets an operation added, after one of its requests failed. They are found again by
// name: Office.js refuses the proxy of a sheet added in a failed request (InvalidObjectPath at the
// call), and that error would hide the one the user needs to see.

/** Deletes those of the named sheets that exist; never throws (the caller rethrows the real error). */
export async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    found.forEach((sheet) => sheet.load("name"));
    await context.sync();
    const existing = found.filter((sheet) => !sheet.isNullObject);
    if (existing.length === 0) return;
    existing.forEach((sheet) => sheet.delete());
    await context.sync();
  } catch {
    // Best effort.
  }
}
