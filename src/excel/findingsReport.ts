// writeFindingsReport(): the findings report as a new sheet, one row per finding, its cell address
// a link to the checked sheet's cell. Only adds a sheet: the checked sheet is read by name, never
// written. Requests: 1 (names), then one per block of rows and one per group of links (each sized
// to stay within Excel's limits), then one for the look (best effort). A failure before the last
// link takes the half-written sheet away again.
import type { FindingsReportRequest } from "../taskpane/ports";
import { quoteSheetName } from "./address";
import { removeSheets } from "./removeSheets";
import { rangeWriteBytes, REQUEST_BUDGET_BYTES, splitByBytes } from "./requestSize";
import { uniqueSheetName } from "./sheetNames";
import { blockValues, EXCEL_MAX_CELL_CHARS, planBlocks } from "./writePlan";

/** getRangeByIndexes' four numbers on the wire (measured: ~620 bytes a link in all, 2026-12-02). */
const INDEX_ARGUMENT_BYTES = 40;

const supportsExcelApi = (version: string): boolean =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

/** A cell text Excel can hold: longer texts (a long note quoted in a message) are cut with "…". */
function fitCell(text: string): string {
  return text.length <= EXCEL_MAX_CELL_CHARS ? text : `${text.slice(0, EXCEL_MAX_CELL_CHARS - 1)}…`;
}

/** `=HYPERLINK("#'Deals'!C5","C5")`: the link where Range.hyperlink is missing (before ExcelApi 1.7). */
export function hyperlinkFormula(reference: string, text: string): string {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(`#${reference}`)},${literal(text)})`;
}

export interface FindingsReportOutcome {
  sheetName: string;
  findings: number;
  /** How the cells were linked: Range.hyperlink, HYPERLINK formulas. */
  links: "hyperlink" | "formula";
}

export async function writeFindingsReport(
  request: FindingsReportRequest,
  checkedSheet: string | null,
  budget = REQUEST_BUDGET_BYTES,
): Promise<FindingsReportOutcome> {
  const rows = request.rows.map((row) => row.map(fitCell));
  const width = Math.max(1, ...rows.map((row) => row.length));
  const linkCol = request.linkColumn;
  const useHyperlink = supportsExcelApi("1.7");
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const target = checkedSheet ? sheets.getItem(checkedSheet) : sheets.getActiveWorksheet();
    target.load("name");
    await context.sync();
    const sheetName = uniqueSheetName(
      request.sheetName,
      sheets.items.map((s) => s.name),
    );
    const reference = (cell: string) => `${quoteSheetName(target.name)}!${cell}`;
    const sheet = sheets.add(sheetName);
    // Text first, then values: a message starting with "=" stays text and nothing is reinterpreted.
    (sheet.getRangeByIndexes(0, 0, rows.length, width) as { numberFormat: unknown }).numberFormat = "@";
    // Row numbers are numbers (no "number stored as text" flags), sortable as such.
    if (rows.length > 1)
      (sheet.getRangeByIndexes(1, 0, rows.length - 1, 1) as { numberFormat: unknown }).numberFormat =
        "General";
    try {
      for (const block of planBlocks(rows, width, { cells: 50_000, bytes: 1_750_000 })) {
        const values: (string | number)[][] = blockValues(rows, block);
        if (block.col === 0)
          values.forEach((line, i) => {
            if (block.row + i > 0 && /^\d+$/.test(String(line[0]))) line[0] = Number(line[0]);
          });
        if (!useHyperlink && linkCol >= block.col && linkCol < block.col + block.cols) {
          // The formula goes into a General cell of its own; the address stays the text shown.
          const at = linkCol - block.col;
          values.forEach((line, i) => {
            const r = block.row + i;
            const cell = String(line[at]);
            if (r > 0 && cell !== "") line[at] = hyperlinkFormula(reference(cell), cell);
          });
          const links = sheet.getRangeByIndexes(block.row, linkCol, block.rows, 1);
          links.numberFormat = values.map((line, i) => [
            block.row + i > 0 && line[at] !== "" ? "General" : "@",
          ]);
          sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols).formulas = values;
        } else {
          sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols).values = values;
        }
        // One request per block: each stays within Excel's limits.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      if (useHyperlink) {
        const linked = rows
          .map((row, r) => ({ r, cell: row[linkCol] ?? "" }))
          .filter(({ r, cell }) => r > 0 && cell !== "");
        const linkOf = (cell: string) => ({ documentReference: reference(cell), textToDisplay: cell });
        const groups = splitByBytes(
          linked,
          // A range by indexes weighs like one by a long address, plus its four numbers.
          ({ cell }) => rangeWriteBytes("ZZZ1048576", linkOf(cell)) + INDEX_ARGUMENT_BYTES,
          budget,
        );
        for (const group of groups) {
          for (const { r, cell } of group) sheet.getRangeByIndexes(r, linkCol, 1, 1).hyperlink = linkOf(cell);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
      }
    } catch (error) {
      await removeSheets(context, [sheetName]);
      throw error;
    }
    await styleReport(context, sheet, width);
    return { sheetName, findings: rows.length - 1, links: useHyperlink ? "hyperlink" : "formula" };
  });
}

/** Bold header, frozen, columns fitted: cosmetic, so a failure leaves the written report as it is. */
async function styleReport(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  width: number,
): Promise<void> {
  try {
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    sheet.getRangeByIndexes(0, 0, 1, width).getEntireColumn().format.autofitColumns();
    await context.sync();
  } catch {
    // Best effort.
  }
}
