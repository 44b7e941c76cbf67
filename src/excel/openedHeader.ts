// The template's look on the header row of an opened file: grey header cells, required columns
// bold with the yellow fill, widths, row 1 frozen, a note on each template column. Cosmetic: a
// failure is reported as false and never undoes or blocks the data already written.
import { resolveHeader } from "./columns";
import { isRequiredHeader, writeHeaderNotes } from "./headerNotes";
import { OPTIONAL_HEADER_FILL, REQUIRED_HEADER_FILL, columnWidthFor } from "./template";

export async function styleOpenedHeader(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  header: readonly string[],
): Promise<boolean> {
  if (header.length === 0) return true;
  const columns = header.map((h) => resolveHeader(h));
  try {
    const row = sheet.getRangeByIndexes(0, 0, 1, header.length);
    row.format.fill.color = OPTIONAL_HEADER_FILL;
    columns.forEach((column, col) => {
      const cell = sheet.getRangeByIndexes(0, col, 1, 1);
      if (column && isRequiredHeader(column)) {
        cell.format.font.bold = true;
        cell.format.fill.color = REQUIRED_HEADER_FILL;
      }
      cell.format.columnWidth = columnWidthFor(header[col], column?.descriptor.example ?? "");
    });
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  } catch {
    return false;
  }
  // Notes in their own step: a host that refuses comments gets input prompts instead.
  return (await writeHeaderNotes(context, sheet, columns)) !== "none";
}
