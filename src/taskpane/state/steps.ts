// The pane's steps and how they follow each other: a pure reducer, so that the rules for moving on
// by themselves are testable without React. The user can always go to any step.
import type { StringKey } from "../i18n/en";

export type Step = "prepare" | "check" | "review" | "save" | "afterUpload";
/** What the pane shows: a step, or Help and diagnostics (reached from the More menu). */
export type PaneView = Step | "help";

export const STEPS: readonly Step[] = ["prepare", "check", "review", "save", "afterUpload"];

/** The name of each step's tab, in the UI's strings. */
export const STEP_LABELS = {
  prepare: "stepPrepare",
  check: "stepCheck",
  review: "stepReview",
  save: "stepSave",
  afterUpload: "stepAfterUpload",
} as const satisfies Record<Step, StringKey>;

export interface StepState {
  view: PaneView;
  /** The view was decided (by the user, an action, or the first header read): header reads no longer move it. */
  settled: boolean;
}

export type StepEvent =
  /** The user picked a view. */
  | { type: "go"; view: PaneView }
  /** The first header read: a sheet that already holds a table starts at Check. */
  | { type: "sheetRead"; hasTable: boolean }
  /** A CSV file was opened, or the template got its dropdowns: next is checking it. */
  | { type: "prepared" }
  /**
   * The user's own check finished: a file Partner Center processed goes to After upload, findings
   * to look at (errors, warnings) to Review & fix, anything else to Save.
   */
  | { type: "checked"; errors: number; warnings: number; rejectedRows: number };

export const initialSteps: StepState = { view: "prepare", settled: false };

export function stepReducer(state: StepState, event: StepEvent): StepState {
  switch (event.type) {
    case "go":
      return { view: event.view, settled: true };
    case "sheetRead":
      return state.settled ? state : { view: event.hasTable ? "check" : "prepare", settled: true };
    case "prepared":
      return { view: "check", settled: true };
    case "checked":
      return { view: afterCheck(event), settled: true };
  }
}

function afterCheck({
  errors,
  warnings,
  rejectedRows,
}: {
  errors: number;
  warnings: number;
  rejectedRows: number;
}): Step {
  if (rejectedRows > 0) return "afterUpload";
  return errors + warnings > 0 ? "review" : "save";
}

/** The steps offered: After upload only for a file Partner Center has processed. */
export function availableSteps(hasRejectedRows: boolean): Step[] {
  return STEPS.filter((step) => step !== "afterUpload" || hasRejectedRows);
}
