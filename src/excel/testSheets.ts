// Test fixtures for the Excel layer: the project's example CSVs as tables, put on simulated sheets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvText } from "../core/csv";
import type { Table } from "../core/types";
import type { SimHandle } from "../simhost";
import { columnLetters } from "./address";

export function exampleTable(name: "clean" | "mistakes"): Table {
  const read = readCsvText(readFileSync(join(__dirname, "..", "..", "examples", `${name}.csv`), "utf8"));
  if (!read.ok) throw new Error(`examples/${name}.csv does not parse`);
  return read.table;
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
