// Renders the whole pane inside a FluentProvider, as index.tsx does, with a fake workbook, and
// moves between its steps as a user does (the step tabs at the top).
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../App";
import { createFakeOps, type FakeOps, type FakeOpsScript } from "./fakeOps";
import { STEP_LABELS, type Step } from "../state/steps";
import { en } from "../i18n/en";

/**
 * `step` opens that step at once (English UI), as a user selecting its tab would: otherwise the
 * pane starts at Prepare and moves to Check when the sheet turns out to hold a table.
 */
export function renderApp(
  script: FakeOpsScript = {},
  props: { language?: string; platform?: string; step?: Step } = {},
) {
  const ops: FakeOps = createFakeOps(script);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} language={props.language ?? "en-US"} platform={props.platform ?? "PC"} />
    </FluentProvider>,
  );
  if (props.step) goToStep(props.step);
  return { ops, ...view };
}

/** Selects a step's tab (English UI); the step then stays where the user put it. */
export function goToStep(step: Step): void {
  fireEvent.click(screen.getByRole("tab", { name: en[STEP_LABELS[step]] }));
}

/** Selects a step's tab by its name in the UI language (e.g. "Prüfen"). */
export function goToTab(name: string): void {
  fireEvent.click(screen.getByRole("tab", { name }));
}

/** Goes to Check and selects Check sheet, as a user does to check (again). */
export function checkSheet(): void {
  goToStep("check");
  fireEvent.click(screen.getByRole("button", { name: "Check sheet" }));
}

/** Waits until the pane shows `step` (it moves by itself after a check, an insert or an open). */
export async function stepShown(step: Step): Promise<void> {
  await screen.findByRole("tab", { name: en[STEP_LABELS[step]], selected: true });
}

/** The view of the current step (its tab panel). */
export function currentStep(): HTMLElement {
  return screen.getByRole("tabpanel");
}

/** Opens the More menu and picks an item ("Getting started", "Help and diagnostics"). */
export async function chooseFromMore(item: string): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "More options" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: item }));
}
