import type { Finding, Table } from "./types";

export interface ApplyFixesOptions {
  /** Header findings carry the template spelling as a fix; they are applied only when asked. */
  includeHeader?: boolean;
}

/**
 * Returns a new table with every fix in `findings` written to its cell, and how many cells changed.
 * Only cells that have a fix are touched; rows without fixes are shared, not copied. When several
 * findings fix one cell, the last one in the list wins.
 */
export function applyFixes(
  table: Table,
  findings: readonly Finding[],
  options: ApplyFixesOptions = {},
): { table: Table; changed: number } {
  const rows = table.rows.slice();
  const copied = new Set<number>();
  const touched = new Set<string>();
  for (const f of findings) {
    if (f.fix === null || f.at === null) continue;
    const { row, col } = f.at;
    if (row === 0 && !options.includeHeader) continue;
    if (row >= rows.length || col >= rows[row].length) continue;
    if (!copied.has(row)) {
      rows[row] = rows[row].slice();
      copied.add(row);
    }
    if (rows[row][col] === f.fix) continue;
    rows[row][col] = f.fix;
    touched.add(`${row}:${col}`);
  }
  // A cell counts once even if several fixes touched it; a cell set back to its value does not count.
  let changed = 0;
  for (const key of touched) {
    const [row, col] = key.split(":").map(Number);
    if (rows[row][col] !== table.rows[row][col]) changed++;
  }
  return { table: { rows }, changed };
}
