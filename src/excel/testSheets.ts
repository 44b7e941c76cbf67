// Test fixtures for the Excel layer: the project's example CSVs as tables, put on simulated sheets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { templateHeader } from "../core/catalogue";
import { readCsvText } from "../core/csv";
import type { Table } from "../core/types";
import type { SimHandle } from "../simhost";
import { columnLetters } from "./address";

export function exampleTable(name: "clean" | "mistakes"): Table {
  const read = readCsvText(readFileSync(join(__dirname, "..", "..", "examples", `${name}.csv`), "utf8"));
  if (!read.ok) throw new Error(`examples/${name}.csv does not parse`);
  return read.table;
}

/**
 * A Partner Center–sized sheet: the full template (50 Solution and 50 Team member columns) and
 * `records` copies of the clean example's record, each with its own deal name; every 10th has a
 * lower-case currency and every 25th a three-letter country, so that a check finds something.
 */
export function partnerCenterSizedSheet(records: number): string[][] {
  const header = templateHeader({ solutionColumns: 50, teamMemberColumns: 50 });
  const clean = exampleTable("clean");
  const sample = new Map(clean.rows[0].map((h, i) => [h, clean.rows[1][i]]));
  const rows = [header];
  for (let r = 0; r < records; r++) {
    const row = header.map((h) => sample.get(h) ?? "");
    row[header.indexOf("Deal Name")] = `Deal ${r}`;
    if (r % 10 === 0) row[header.indexOf("Currency")] = "usd";
    if (r % 25 === 0) row[header.indexOf("Customer Country")] = "USA";
    rows.push(row);
  }
  return rows;
}

/** Writes a table's text exactly (no coercion) with its top-left cell at (row, col). */
export function putTable(sim: SimHandle, sheet: string, table: Table, row = 0, col = 0): void {
  table.rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== "") sim.setCell(sheet, `${columnLetters(col + c)}${row + r + 1}`, v);
    }),
  );
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** One cell of a saved CSV file's text (row 0 is the header). */
export function savedCell(csv: string, row: number, col: number): string | undefined {
  const read = readCsvText(csv);
  if (!read.ok) throw new Error("the saved file does not parse");
  return read.table.rows[row]?.[col];
}

/** A saved file's text as written, byte order mark included. */
export async function savedText(file: { blob: Blob }): Promise<string> {
  return Buffer.from(await file.blob.arrayBuffer()).toString("utf8");
}
