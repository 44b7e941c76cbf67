import { sheetRow } from "../../findings";
import type { Finding } from "../../types";
import { findingAt, valueAt, type RowEnv, type RowView } from "./env";

/**
 * Cross-row duplicates, one pass with Maps: the same Referral ID twice (error on the later row),
 * two create rows with the same Customer Name and Deal Name (warning on the later row).
 */
export function duplicateTracker(env: RowEnv): (row: RowView, out: Finding[]) => void {
  const referralCol = env.indexOf.get("Referral ID");
  const customerCol = env.indexOf.get("Customer Name");
  const dealCol = env.indexOf.get("Deal Name");
  const referralRows = new Map<string, number>();
  const createRows = new Map<string, number>();

  return (row, out) => {
    if (!row.isCreate && referralCol !== undefined) {
      const id = valueAt(row, referralCol);
      const first = referralRows.get(id);
      if (first === undefined) referralRows.set(id, row.tableRow);
      else
        out.push(
          findingAt(env, row, referralCol, "referral-id-duplicate", { first: sheetRow(first, env.origin) }),
        );
      return;
    }
    if (customerCol === undefined || dealCol === undefined) return;
    const customer = valueAt(row, customerCol);
    const deal = valueAt(row, dealCol);
    if (customer === "" || deal === "") return;
    const key = `${customer.toLowerCase()}\u0000${deal.toLowerCase()}`;
    const first = createRows.get(key);
    if (first === undefined) createRows.set(key, row.tableRow);
    else
      out.push(
        findingAt(env, row, dealCol, "create-row-duplicate", {
          customer,
          first: sheetRow(first, env.origin),
        }),
      );
  };
}
