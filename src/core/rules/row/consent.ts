import type { Finding } from "../../types";
import { readYesNo } from "../values/yesNo";
import { findingAt, valueAt, type RowEnv, type RowView } from "./env";

/** "Deals won't be created or updated if you choose No." */
export function consentGiven(env: RowEnv, row: RowView, out: Finding[]): void {
  const col = env.indexOf.get("Consent to share Customer/Partner contact");
  if (col !== undefined && readYesNo(valueAt(row, col)) === "No")
    out.push(findingAt(env, row, col, "consent-no"));
}
