// Follows the workbook while the pane is open (ops.follow): a live re-check of the checked sheet
// replaces the shown check, and any sheet switch or edit refreshes the header status (debounced).
// "Check as I edit" is on by default; turning it off stops the re-checks (ops.setLiveCheck).
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

/** How long sheet events are collected before the header row is read again. */
const HEADER_DELAY_MS = 300;

export interface LiveCheckControl {
  on: boolean;
  setOn(on: boolean): void;
}

export function useLiveCheck(
  ops: WorkbookOps,
  { dispatch, announce, state }: Session,
  refreshHeader: () => Promise<void>,
): LiveCheckControl {
  const { t } = useI18n();
  const [on, setOnState] = React.useState(true);
  const summary = React.useRef<string | null>(null);
  const outcome = state.outcome;
  React.useEffect(() => {
    const { error, warning, notice } = outcome?.result.summary ?? { error: 0, warning: 0, notice: 0 };
    summary.current = outcome ? `${error}/${warning}/${notice}` : null;
  }, [outcome]);

  React.useEffect(() => {
    if (!ops.follow) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stop: (() => void) | null = null;
    let ended = false;
    void ops
      .follow({
        sheetChanged: () => {
          if (timer !== null) clearTimeout(timer);
          timer = setTimeout(() => void refreshHeader(), HEADER_DELAY_MS);
        },
        rechecked: (next) => {
          dispatch({ type: "checked", outcome: next });
          const { error, warning, notice } = next.result.summary;
          // Said only when the counts change: every keystroke would be too much for a screen reader.
          if (summary.current !== `${error}/${warning}/${notice}`)
            announce(
              t("liveChecked", { errors: error, warnings: warning, notices: notice }),
              error + warning > 0 ? "warning" : "success",
            );
        },
      })
      .then((end) => {
        if (ended) end();
        else stop = end;
      })
      .catch(() => undefined);
    return () => {
      ended = true;
      if (timer !== null) clearTimeout(timer);
      stop?.();
    };
  }, [ops, dispatch, announce, refreshHeader, t]);

  const setOn = React.useCallback(
    (next: boolean) => {
      setOnState(next);
      ops.setLiveCheck?.(next);
    },
    [ops],
  );
  return { on, setOn };
}
