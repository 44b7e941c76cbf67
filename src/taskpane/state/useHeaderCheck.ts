// Reads the active sheet's header row (ops.checkHeader) when the pane opens and after every
// completed check, so Prepare can say at once what the header holds. It never marks the pane busy
// and never raises the error bar: a failure becomes a quiet hint, and Check sheet tries again.
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { friendlyError } from "./friendlyError";
import type { Session } from "./useSession";

/** Returns `refresh`, to call after an operation that changes the header (Insert template). */
export function useHeaderCheck(ops: WorkbookOps, { state, dispatch }: Session): () => Promise<void> {
  const i18n = useI18n();
  // Only the latest request may write: an older answer may describe a sheet since replaced.
  const latest = React.useRef(0);

  const refresh = React.useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const check = await ops.checkHeader();
      if (ticket === latest.current) dispatch({ type: "header", header: { kind: "checked", check } });
    } catch (error) {
      if (ticket !== latest.current) return;
      const reason = friendlyError(error, i18n);
      dispatch({ type: "header", header: reason === null ? null : { kind: "unavailable", reason } });
    }
  }, [ops, dispatch, i18n]);

  // On open, and after each completed check: Keep only failed rows and fixes end with one.
  const outcome = state.outcome;
  React.useEffect(() => {
    void refresh();
  }, [outcome, refresh]);

  return refresh;
}
