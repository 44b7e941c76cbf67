// The task pane's shared state: which operation runs, the last check, what to announce and the
// error to show. Components render it; hooks dispatch to it.
import type { CheckOutcome, HeaderCheck, Progress } from "../ports";

export type Operation =
  | "open"
  | "template"
  | "dropdowns"
  | "check"
  | "clearHighlights"
  | "fix"
  | "restore"
  | "save"
  | "keepFailed"
  | "accountDropdowns"
  | "selfTest"
  | "report";

/** What the pane knows about the active sheet's header row, apart from a full check. */
export type HeaderView =
  | { kind: "checked"; check: HeaderCheck }
  /** The header could not be read (e.g. a cell in edit mode): a friendly sentence, shown quietly. */
  | { kind: "unavailable"; reason: string };

export type StatusIntent = "success" | "info" | "warning";

export interface SessionState {
  busy: Operation | null;
  progress: Progress | null;
  outcome: CheckOutcome | null;
  /** The latest announcement for the live region. */
  status: string;
  /** How the announcement is shown: the outcome of an action, a plain fact, or a result to act on. */
  statusIntent: StatusIntent;
  /** One friendly sentence, or null when there is nothing to show. */
  error: string | null;
  canRestore: boolean;
  /** Null until the first header check answers (or after it was cancelled). */
  header: HeaderView | null;
}

export type SessionAction =
  | { type: "started"; operation: Operation }
  | { type: "progress"; progress: Progress }
  | { type: "checked"; outcome: CheckOutcome }
  /** Another sheet became the one to check (a file was opened): the last check no longer applies. */
  | { type: "forgetCheck" }
  | { type: "finished"; canRestore: boolean }
  | { type: "status"; status: string; intent?: StatusIntent }
  | { type: "failed"; error: string }
  | { type: "dismissError" }
  | { type: "header"; header: HeaderView | null };

export const initialSession: SessionState = {
  busy: null,
  progress: null,
  outcome: null,
  status: "",
  statusIntent: "success",
  error: null,
  canRestore: false,
  header: null,
};

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "started":
      return { ...state, busy: action.operation, progress: null, error: null };
    case "progress":
      return { ...state, progress: action.progress };
    case "checked":
      return { ...state, outcome: action.outcome };
    case "forgetCheck":
      return { ...state, outcome: null };
    case "finished":
      return { ...state, busy: null, progress: null, canRestore: action.canRestore };
    case "status":
      return { ...state, status: action.status, statusIntent: action.intent ?? "success" };
    case "failed":
      return { ...state, error: action.error };
    case "dismissError":
      return { ...state, error: null };
    case "header":
      return { ...state, header: action.header };
  }
}
