// Locates template columns in a sheet's header row through the core's one header resolver
// (src/core/header/resolve.ts), so dropdowns, date columns and fixes see what the checker sees.
import { findColumn, resolveHeader, resolveHeaderRow } from "../core/header";

export { findColumn, resolveHeader, resolveHeaderRow };
export { dateColumns } from "../core/cells/sheetText";
