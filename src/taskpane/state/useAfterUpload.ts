// "Keep only failed rows" for a file Partner Center has processed; resolves to the report to show.
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export function useKeepFailedRows(
  ops: WorkbookOps,
  { run }: Session,
  recheck: (lead?: string) => Promise<unknown>,
) {
  const { t } = useI18n();
  return React.useCallback(async (): Promise<string | undefined> => {
    const result = await run("keepFailed", () => ops.keepFailedRows());
    if (!result) return undefined;
    const report = t("afterKept", { kept: result.kept, moved: result.moved, sheet: result.movedTo });
    await recheck(report);
    return report;
  }, [ops, run, t, recheck]);
}
