import { planFixes, type FixFilter } from "./fixPlan";
import type { Finding, Table } from "./types";

/**
 * Returns a new table with the planned fix of each cell written (core/fixPlan.ts decides which
 * fix a cell gets), and how many cells changed. Only cells that have a fix are touched; rows
 * without fixes are shared, not copied.
 */
export function applyFixes(
  table: Table,
  findings: readonly Finding[],
  filter: FixFilter = {},
): { table: Table; changed: number } {
  const rows = table.rows.slice();
  const copied = new Set<number>();
  let changed = 0;
  for (const { at, fix } of planFixes(findings, filter)) {
    const { row, col } = at;
    if (row >= rows.length || col >= rows[row].length) continue;
    if (rows[row][col] === fix) continue;
    if (!copied.has(row)) {
      rows[row] = rows[row].slice();
      copied.add(row);
    }
    rows[row][col] = fix;
    changed++;
  }
  return { table: { rows }, changed };
}
