import { PARTNER_STATUSES, PARTNER_SUBSTATUSES, SUBSTATUSES_BY_STATUS } from "../../catalogue/codeLists";
import type { Finding } from "../../types";
import { canonicalIn } from "../values/enumValue";
import { findingAt, valueAt, type RowEnv, type RowView } from "./env";

/**
 * Status/substatus must be a documented pair; a new deal should be New/Accepted. Only runs when
 * both values are on their lists (an invalid value is already an error of its own).
 */
export function statusPair(env: RowEnv, row: RowView, out: Finding[]): void {
  const statusCol = env.indexOf.get("Partner Referral Status");
  const subCol = env.indexOf.get("Partner Referral Substatus");
  if (statusCol === undefined || subCol === undefined) return;
  const status = canonicalIn(PARTNER_STATUSES, valueAt(row, statusCol));
  const substatus = canonicalIn(PARTNER_SUBSTATUSES, valueAt(row, subCol));
  if (status === null || substatus === null) return;
  const allowed = SUBSTATUSES_BY_STATUS[status];
  if (!allowed.includes(substatus)) {
    out.push(
      findingAt(env, row, subCol, "status-substatus-mismatch", { status, allowed: allowed.join(", ") }),
    );
  } else if (row.isCreate && !(status === "New" && substatus === "Accepted")) {
    out.push(findingAt(env, row, subCol, "create-row-status", { status }));
  }
}
