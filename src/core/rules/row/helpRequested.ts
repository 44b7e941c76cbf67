import { columnsRequiredBy } from "../../catalogue/columns";
import type { Finding } from "../../types";
import { readYesNo } from "../values/yesNo";
import { findingAt, requireValue, valueAt, type RowEnv, type RowView } from "./env";

// Declared on the descriptors (requiredWhen: help required = Yes), not listed here.
const NEEDED_WITH_HELP = columnsRequiredBy("Microsoft help required?").map((c) => c.name);

/**
 * Microsoft help required? = Yes needs the customer contact and the help code, and implies sharing;
 * = No makes a help code pointless.
 */
export function helpRequested(env: RowEnv, row: RowView, out: Finding[]): void {
  const help = readYesNo(valueAt(row, env.indexOf.get("Microsoft help required?")));
  if (help === "Yes") {
    for (const name of NEEDED_WITH_HELP)
      requireValue(env, row, name, { code: "required-missing-when-help" }, out);
    const shareCol = env.indexOf.get("Share with Microsoft sales team");
    if (shareCol !== undefined && readYesNo(valueAt(row, shareCol)) === "No") {
      out.push(findingAt(env, row, shareCol, "help-not-shared"));
    }
  } else if (help === "No") {
    const codeCol = env.indexOf.get("What specific help from Microsoft?");
    if (codeCol !== undefined && valueAt(row, codeCol) !== "")
      out.push(findingAt(env, row, codeCol, "help-code-not-needed"));
  }
}
