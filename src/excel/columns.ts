// Locates template columns in a sheet's header row through the core's one header resolver
// (src/core/header/resolve.ts), so dropdowns, date columns and fixes see what the checker sees.
import { findColumn, resolveHeader, resolveHeaderRow } from "../core/header";

export { findColumn, resolveHeader, resolveHeaderRow };

/** Zero-based positions of the columns the checker reads as dates. */
export function dateColumns(header: readonly string[]): number[] {
  const cols: number[] = [];
  resolveHeaderRow(header).forEach((c, i) => {
    if (c?.descriptor.type.kind === "date") cols.push(i);
  });
  return cols;
}
