// "Clear highlights": removes the marks of every check on every sheet; says which sheets kept theirs.
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export function useClearHighlights(ops: WorkbookOps, { run, announce }: Session): () => Promise<void> {
  const { t } = useI18n();
  return React.useCallback(async () => {
    const cleared = await run("clearHighlights", () => ops.clearHighlights());
    if (!cleared) return;
    announce(
      cleared.failedSheets.length > 0
        ? t("clearHighlightsPartly", { sheets: cleared.failedSheets.join(", ") })
        : t("clearHighlightsDone"),
    );
  }, [ops, run, announce, t]);
}
