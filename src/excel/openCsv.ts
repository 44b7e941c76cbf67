// openCsv(): a CSV file's bytes into a new sheet named after the file, every cell Text, so that
// nothing Excel would reinterpret (dates, leading zeros, long digits, "=…", GUIDs, "1-2") changes.
// The core decodes and parses the bytes exactly as the CLI does. The file as opened is also kept
// on a hidden sheet (originalSheet.ts) for Check's edit findings.
// Requests: 1 (sheet names) + one per block of ≤100,000 cells / ~3.5 MB (both sheets written in
// the same requests) + 1 for the header's look, which never blocks the data.
import { readCsv } from "../core/csv";
import { fileFinding } from "../core/findings";
import { readFindings } from "../core/readFindings";
import type { Table } from "../core/types";
import type { CsvFileInput, OpenCsvOutcome, OpenCsvProblem, RunControl } from "../taskpane/ports";
import { throwIfCancelled } from "./cancel";
import { styleOpenedHeader } from "./openedHeader";
import { ORIGINAL_TABLE_ROW, metaRow, originalSheetBase } from "./originalSheet";
import { sheetNameForFile, uniqueSheetName } from "./sheetNames";
import {
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  blockValues,
  planBlocks,
} from "./writePlan";
import { cellA1 } from "./address";
import { removeSheets } from "./removeSheets";

/** Tables Excel cannot hold without losing text: refused before anything is created. */
export function excelLimitProblem(table: Table): OpenCsvProblem | null {
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (table.rows.length > EXCEL_MAX_ROWS - ORIGINAL_TABLE_ROW || width > EXCEL_MAX_COLUMNS)
    return { kind: "too-big", rows: table.rows.length, columns: width };
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    for (let c = 0; c < row.length; c++)
      if (row[c].length > EXCEL_MAX_CELL_CHARS)
        return { kind: "cell-too-long", cell: cellA1(r, c), length: row[c].length };
  }
  return null;
}

const countRecords = (table: Table) =>
  table.rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== "")).length;

export async function openCsv(file: CsvFileInput, control: RunControl = {}): Promise<OpenCsvOutcome> {
  const read = readCsv(file.bytes);
  if (!read.ok)
    return {
      ok: false,
      problem: { kind: "unreadable", finding: fileFinding(read.error) },
    };
  const table = read.table;
  const limit = excelLimitProblem(table);
  if (limit) return { ok: false, problem: limit };
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  // File-level findings, and a warning for each cell holding bytes that are not UTF-8.
  const fileFindings = readFindings(read);

  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    throwIfCancelled(control.signal);

    const taken = sheets.items.map((s) => s.name);
    const sheetName = uniqueSheetName(sheetNameForFile(file.name), taken);
    const originalName = uniqueSheetName(originalSheetBase(sheetName), [...taken, sheetName]);
    const sheet = sheets.add(sheetName);
    const original = sheets.add(originalName);
    sheet.load("id");
    original.visibility = Excel.SheetVisibility.hidden;
    // Text first, then values: Excel keeps a Text cell's input exactly as given.
    (sheet.getRangeByIndexes(0, 0, table.rows.length, width) as { numberFormat: unknown }).numberFormat = "@";
    const keptArea = original.getRangeByIndexes(
      0,
      0,
      table.rows.length + ORIGINAL_TABLE_ROW,
      Math.max(width, 5),
    );
    (keptArea as { numberFormat: unknown }).numberFormat = "@";

    const total = table.rows.length;
    control.onProgress?.({ done: 0, total });
    try {
      // Both sheets get each block, so each block's share of a request is half the budget.
      const blocks = planBlocks(table.rows, width, { cells: 50_000, bytes: 1_750_000 });
      let first = true;
      for (const block of blocks) {
        throwIfCancelled(control.signal);
        const values = blockValues(table.rows, block);
        sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols).values = values;
        original.getRangeByIndexes(block.row + ORIGINAL_TABLE_ROW, block.col, block.rows, block.cols).values =
          values;
        // One request per block is the point of the plan: each stays within Excel's limits.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        if (first) {
          original.getRangeByIndexes(0, 0, 1, 5).values = [
            metaRow({ sheetName, sheetId: sheet.id, fileName: file.name }),
          ];
          first = false;
        }
        control.onProgress?.({ done: block.row + block.rows, total });
      }
      throwIfCancelled(control.signal);
      sheet.activate();
      await context.sync();
    } catch (error) {
      // Cancelled or refused half-way: take the new sheets away again, leaving the workbook as it was.
      await removeSheets(context, [sheetName, originalName]);
      throw error;
    }
    const headerStyled = await styleOpenedHeader(context, sheet, table.rows[0] ?? []);
    return {
      ok: true,
      sheetName,
      originalSheetName: originalName,
      records: countRecords(table),
      columns: width,
      encoding: read.encoding,
      delimiter: read.delimiter,
      fileFindings,
      headerStyled,
    };
  });
}
