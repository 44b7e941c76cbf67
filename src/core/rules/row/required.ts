import { isRequiredEverywhere } from "../../catalogue/columns";
import type { Finding } from "../../types";
import { findingAt, valueAt, valueOf, type RowEnv, type RowView } from "./env";

/**
 * Required cells: "yes" columns on every record, Marketplace Purchase Intent on create rows
 * (a warning on update rows), Engagement ID on update rows (warning). Absent columns are
 * reported once at the header, not per row.
 */
export function requiredCells(env: RowEnv): (row: RowView, out: Finding[]) => void {
  const always: number[] = [];
  env.columns.forEach((c, col) => {
    if (c && isRequiredEverywhere(c.descriptor, c.n)) always.push(col);
  });
  const intent = env.indexOf.get("Marketplace Purchase Intent");
  const engagement = env.indexOf.get("Engagement ID");

  return (row, out) => {
    for (const col of always) {
      if (valueAt(row, col) === "") out.push(findingAt(env, row, col, "required-missing"));
    }
    if (intent !== undefined && valueAt(row, intent) === "") {
      out.push(findingAt(env, row, intent, row.isCreate ? "required-missing" : "marketplace-intent-missing"));
    }
    if (!row.isCreate && engagement !== undefined && valueAt(row, engagement) === "") {
      out.push(
        findingAt(env, row, engagement, "engagement-id-missing", {
          referral: valueOf(env, row, "Referral ID"),
        }),
      );
    }
  };
}
