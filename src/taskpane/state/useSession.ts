// Owns the session reducer and the one way every operation runs: mark busy, map any failure to a
// friendly sentence, and refresh whether Restore is possible.
import * as React from "react";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { friendlyError, isUnexpected } from "./friendlyError";
import { logUnexpected } from "../errorLog";
import {
  initialSession,
  sessionReducer,
  type Operation,
  type SessionAction,
  type SessionState,
  type StatusIntent,
} from "./sessionReducer";

export interface Session {
  state: SessionState;
  dispatch: React.Dispatch<SessionAction>;
  /**
   * Runs one operation; resolves to its result, or undefined when it failed or was cancelled.
   * `transition`: its success is drawn as a React transition, with the caller's own updates of the
   * result (in startTransition too), so that a long result (a check's findings) is drawn in slices.
   */
  run<T>(
    operation: Operation,
    work: () => Promise<T>,
    onCancel?: () => void,
    transition?: boolean,
  ): Promise<T | undefined>;
  /** Runs a quick call that should not block the pane (e.g. selecting a cell); reports failures. */
  attempt(work: () => Promise<unknown>): Promise<void>;
  /** Shows an action's outcome at the top of the current view (and to screen readers). */
  announce(status: string, intent?: StatusIntent): void;
}

function safeCanRestore(ops: WorkbookOps): boolean {
  try {
    return ops.canRestore();
  } catch {
    return false;
  }
}

export function useSession(ops: WorkbookOps): Session {
  const i18n = useI18n();
  const [state, dispatch] = React.useReducer(sessionReducer, initialSession);
  // A ref, not state: two clicks in the same tick must not start two operations.
  const running = React.useRef(false);

  const report = React.useCallback(
    (error: unknown, onCancel?: () => void, where = "operation") => {
      // Code and location go to the console (and Copy diagnostics) for every unplanned error.
      if (isUnexpected(error, i18n)) logUnexpected(error, where);
      const message = friendlyError(error, i18n);
      if (message === null) onCancel?.();
      else dispatch({ type: "failed", error: message });
    },
    [i18n],
  );

  const run = React.useCallback(
    async <T>(
      operation: Operation,
      work: () => Promise<T>,
      onCancel?: () => void,
      transition = false,
    ): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      dispatch({ type: "started", operation });
      let succeeded = false;
      try {
        const result = await work();
        succeeded = true;
        return result;
      } catch (error) {
        report(error, onCancel, operation);
        return undefined;
      } finally {
        running.current = false;
        const finish = () => dispatch({ type: "finished", canRestore: safeCanRestore(ops) });
        // The end of the operation shows with its result, not a moment before it.
        if (succeeded && transition) React.startTransition(finish);
        else finish();
      }
    },
    [ops, report],
  );

  const attempt = React.useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        report(error);
      }
    },
    [report],
  );

  const announce = React.useCallback(
    (status: string, intent?: StatusIntent) => dispatch({ type: "status", status, intent }),
    [],
  );

  return { state, dispatch, run, attempt, announce };
}
