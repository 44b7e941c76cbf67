import { cellFinding } from "../../findings";
import type { Finding } from "../../types";
import type { RowEnv, RowView } from "./env";

/** Filled cells to the right of the header: Partner Center has no column for them. */
export function raggedRow(env: RowEnv, row: RowView, out: Finding[]): void {
  if (row.cells.length <= env.headerLength) return;
  let first = -1;
  let count = 0;
  for (let col = env.headerLength; col < row.cells.length; col++) {
    if (row.cells[col].trim() === "") continue;
    if (first < 0) first = col;
    count++;
  }
  if (first < 0) return;
  out.push(
    cellFinding(
      { code: "cells-beyond-header", params: { count } },
      { at: { row: row.tableRow, col: first }, column: "", value: row.cells[first] },
      env.origin,
    ),
  );
}
