// Which dropdown columns lost their dropdown in some record cells. Excel's normal paste replaces a
// cell's data validation with the source's (none, from most sources), so after a paste over part of
// a column the column's rule is on some cells and not others: DataValidation.type reads
// "MixedCriteria" (some cells have a rule, some none) or "Inconsistent" (different rules), per
// Excel.DataValidationType (ExcelApi 1.8). A column with no rule at all ("None") never had our
// dropdowns and is not reported. One load per dropdown column, riding on a request already sent.
import { resolveHeaderRow } from "./columns";
import { listKeyFor } from "./listsSheet";
import type { SheetShape } from "./readSheet";

const BROKEN = new Set(["MixedCriteria", "Inconsistent"]);

/** Queues the loads; the returned function gives the header names of the columns that lost some. */
export function queueDropdownsMissing(sheet: Excel.Worksheet, shape: SheetShape): () => string[] {
  if (shape.recordRows <= 0) return () => [];
  const loads: Array<[string, Excel.DataValidation]> = [];
  resolveHeaderRow(shape.header).forEach((resolved, i) => {
    if (!resolved || resolved.n !== null || !listKeyFor(resolved.canonical)) return;
    const records = sheet.getRangeByIndexes(shape.origin.row + 1, shape.origin.col + i, shape.recordRows, 1);
    loads.push([shape.header[i], records.dataValidation.load("type")]);
  });
  return () => loads.filter(([, v]) => BROKEN.has(v.type)).map(([name]) => name);
}
