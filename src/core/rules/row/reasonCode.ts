import { columnsRequiredBy } from "../../catalogue/columns";
import { ERROR_REASONS, PARTNER_SUBSTATUSES, REASON_LIST_BY_SUBSTATUS } from "../../catalogue/codeLists";
import type { Finding } from "../../types";
import { canonicalIn } from "../values/enumValue";
import { findingAt, requireValue, valueAt, type RowEnv, type RowView } from "./env";

// The column the descriptors declare as required by the substatus.
const REASON = columnsRequiredBy("Partner Referral Substatus")[0].name;

function inList(value: string, size: number): boolean {
  return /^[1-9]\d*$/.test(value) && Number(value) <= size;
}

/**
 * The reason code depends on the substatus: 1–8 for Declined/Lost, 1–9 for Error, nothing otherwise.
 * With an unreadable substatus only the widest range is checked.
 */
export function reasonCode(env: RowEnv, row: RowView, out: Finding[]): void {
  const col = env.indexOf.get(REASON);
  const substatus = canonicalIn(
    PARTNER_SUBSTATUSES,
    valueAt(row, env.indexOf.get("Partner Referral Substatus")),
  );
  const list = substatus === null ? undefined : REASON_LIST_BY_SUBSTATUS[substatus];
  if (list) {
    if (
      !requireValue(
        env,
        row,
        REASON,
        { code: "required-missing-when-substatus", params: { substatus: substatus as string } },
        out,
      )
    )
      return;
    if (!inList(valueAt(row, col), list.length))
      out.push(findingAt(env, row, col as number, "code-invalid", { max: list.length }));
    return;
  }
  if (col === undefined) return;
  const value = valueAt(row, col);
  if (value === "") return;
  if (substatus !== null) out.push(findingAt(env, row, col, "reason-code-not-needed"));
  else if (!inList(value, ERROR_REASONS.length))
    out.push(findingAt(env, row, col, "code-invalid", { max: ERROR_REASONS.length }));
}
