// Helpers shared by the simulated host's own tests.

/** Runs a batch that must fail and returns the OfficeExtension.Error it rejected with. */
export async function runError(
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<OfficeExtension.Error> {
  try {
    await Excel.run(batch);
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error("expected Excel.run to reject");
}

/** Writes values into one sheet's range in one batch. */
export async function write(
  sheetName: string,
  address: string,
  values: unknown[][],
  numberFormat?: string[][],
): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values as Excel.Range["values"];
    await context.sync();
  });
}

/** Reads one range's values and text in one batch. */
export async function read(
  sheetName: string,
  address: string,
): Promise<{ values: unknown[][]; text: string[][]; numberFormat: string[][] }> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load("values,text,numberFormat");
    await context.sync();
    return { values: range.values, text: range.text, numberFormat: range.numberFormat };
  });
}
