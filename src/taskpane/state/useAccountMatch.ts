// "Add account-match dropdowns" for a processed file; resolves to the report to show.
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export function useAccountDropdowns(ops: WorkbookOps, { run, announce }: Session) {
  const { tp } = useI18n();
  return React.useCallback(async (): Promise<string | undefined> => {
    const result = await run("accountDropdowns", () => ops.applyAccountDropdowns());
    if (!result) return undefined;
    const report = tp("accountApplied", result.rows);
    announce(report);
    return report;
  }, [ops, run, announce, tp]);
}
