// Which view the pane shows: the step reducer, fed by the session (the first header read) and by
// the actions that move the journey on (see steps.ts). A step that is no longer offered (After
// upload once the sheet has no rejected rows) falls back to Review.
import * as React from "react";
import type { SessionState } from "./sessionReducer";
import { availableSteps, initialSteps, stepReducer, type PaneView, type Step } from "./steps";

export interface StepControl {
  view: PaneView;
  steps: Step[];
  go(view: PaneView): void;
  /** A file was opened, or the template got its dropdowns. */
  prepared(): void;
  /** The user's check from the Check step finished with these counts. */
  checked(counts: { error: number; warning: number; rejectedRows: number }): void;
}

export function useStep(state: SessionState, hasRejectedRows: boolean): StepControl {
  const [steps, dispatch] = React.useReducer(stepReducer, initialSteps);
  const header = state.header;
  React.useEffect(() => {
    if (header?.kind !== "checked") return;
    // A header with findings starts at Prepare, where they are listed.
    const { empty, columns, findings } = header.check;
    dispatch({ type: "sheetRead", hasTable: !empty && columns > 0 && findings.length === 0 });
  }, [header]);
  const offered = React.useMemo(() => availableSteps(hasRejectedRows), [hasRejectedRows]);
  const view: PaneView = steps.view === "afterUpload" && !hasRejectedRows ? "review" : steps.view;
  const go = React.useCallback((next: PaneView) => dispatch({ type: "go", view: next }), []);
  const prepared = React.useCallback(() => dispatch({ type: "prepared" }), []);
  const checked = React.useCallback(
    (counts: { error: number; warning: number; rejectedRows: number }) =>
      dispatch({
        type: "checked",
        errors: counts.error,
        warnings: counts.warning,
        rejectedRows: counts.rejectedRows,
      }),
    [],
  );
  return { view, steps: offered, go, prepared, checked };
}
