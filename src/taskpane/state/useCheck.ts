// Runs ops.check with progress and a Cancel that aborts it.
import * as React from "react";
import type { DateOrder } from "../../core/types";
import type { CheckOutcome, WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export interface CheckActions {
  /**
   * `lead` is announced before the result (e.g. "Changed 3 cells."); `highlight: false` checks
   * without touching the sheet's marks (Save); `then` updates more state with the result, drawn
   * together with it (the step to show next).
   */
  check(
    lead?: string,
    highlight?: boolean,
    then?: (outcome: CheckOutcome) => void,
  ): Promise<CheckOutcome | undefined>;
  cancel(): void;
}

export function useCheck(ops: WorkbookOps, session: Session, dateOrder: DateOrder): CheckActions {
  const { t } = useI18n();
  const { run, dispatch, announce } = session;
  const controller = React.useRef<AbortController | null>(null);

  const check = React.useCallback(
    async (lead?: string, highlight = true, then?: (outcome: CheckOutcome) => void) => {
      const abort = new AbortController();
      controller.current = abort;
      const outcome = await run(
        "check",
        () =>
          ops.check(highlight ? { dateOrder } : { dateOrder, highlight }, {
            signal: abort.signal,
            onProgress: (progress) => dispatch({ type: "progress", progress }),
          }),
        () => announce(lead ? `${lead} ${t("checkCancelled")}` : t("checkCancelled"), "info"),
        true,
      );
      if (controller.current === abort) controller.current = null;
      // A check that finished despite a late Cancel has already marked the sheet: show its result.
      if (!outcome) return undefined;
      const { error, warning, notice } = outcome.result.summary;
      const counts = t("checkDone", { errors: error, warnings: warning, notices: notice });
      // Marks are best effort: the check stands, and one sentence says the sheet was not marked.
      const done = outcome.highlightsFailed ? `${counts} ${t("checkHighlightsNotUpdated")}` : counts;
      // Thousands of findings take React over 100 ms to draw: as a transition it draws them in
      // slices, between which the pane paints and takes clicks (see useSession's "finished").
      React.startTransition(() => {
        dispatch({ type: "checked", outcome });
        announce(lead ? `${lead} ${done}` : done, error + warning > 0 ? "warning" : "success");
        then?.(outcome);
      });
      return outcome;
    },
    [ops, run, dispatch, announce, t, dateOrder],
  );

  const cancel = React.useCallback(() => controller.current?.abort(), []);

  return { check, cancel };
}
