import { sheetRow } from "../../findings";
import type { Finding } from "../../types";
import { findingAt, valueAt, valueOf, type RowEnv, type RowView } from "./env";

/**
 * Which duplicate group a record belongs to: update rows by Referral ID, create rows by Customer
 * Name and Deal Name (case-insensitive); null when it can have no duplicate. Keys of the two kinds
 * never collide (distinct prefixes).
 */
export function duplicateKey(env: RowEnv, row: RowView): string | null {
  const referralCol = env.indexOf.get("Referral ID");
  if (!row.isCreate && referralCol !== undefined) return `r\u0000${valueAt(row, referralCol)}`;
  const customerCol = env.indexOf.get("Customer Name");
  const dealCol = env.indexOf.get("Deal Name");
  if (customerCol === undefined || dealCol === undefined) return null;
  const customer = valueAt(row, customerCol);
  const deal = valueAt(row, dealCol);
  if (customer === "" || deal === "") return null;
  return `c\u0000${customer.toLowerCase()}\u0000${deal.toLowerCase()}`;
}

/** The finding of a later row of a group whose first record is `first` (a table row). */
export function duplicateFinding(env: RowEnv, row: RowView, key: string, first: number): Finding {
  if (key.startsWith("r")) {
    const referralCol = env.indexOf.get("Referral ID") as number;
    return findingAt(env, row, referralCol, "referral-id-duplicate", { first: sheetRow(first, env.origin) });
  }
  const dealCol = env.indexOf.get("Deal Name") as number;
  return findingAt(env, row, dealCol, "create-row-duplicate", {
    customer: valueOf(env, row, "Customer Name"),
    first: sheetRow(first, env.origin),
  });
}

/**
 * Cross-row duplicates, one pass with a Map: the same Referral ID twice (error on the later row),
 * two create rows with the same Customer Name and Deal Name (warning on the later row).
 */
export function duplicateTracker(env: RowEnv): (row: RowView, out: Finding[]) => void {
  const firstRows = new Map<string, number>();
  return (row, out) => {
    const key = duplicateKey(env, row);
    if (key === null) return;
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row.tableRow);
    else out.push(duplicateFinding(env, row, key, first));
  };
}
