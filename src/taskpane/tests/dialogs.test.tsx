/** @jest-environment jsdom */
// Every dialog orders their buttons as Fluent does: the dismissive one first, the primary last, so
// the user's eye and Tab order meet the same layout every time.
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../i18n/I18nContext";
import { FixPreviewDialog } from "../components/FixPreviewDialog";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { makeFinding } from "../testing/fakeOps";

function inPane(element: React.ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language="en-US">{element}</I18nProvider>
    </FluentProvider>,
  );
}

/** The dialog's labelled buttons in document order (the close icon has no text). */
async function actionButtons(role: "dialog" | "alertdialog"): Promise<HTMLElement[]> {
  const dialog = await screen.findByRole(role);
  return within(dialog)
    .getAllByRole("button")
    .filter((button) => (button.textContent ?? "") !== "");
}

const cases = [
  {
    notes: "fix preview: Cancel, then Apply (Apply used to come first)",
    element: (primary: () => void) => (
      <FixPreviewDialog findings={[makeFinding({ fix: "Contoso" })]} onApply={primary} onCancel={() => {}} />
    ),
    role: "dialog" as const,
    order: ["Cancel", "Apply"],
  },
  {
    notes: "save with errors: Cancel, then Save anyway",
    element: (primary: () => void) => (
      <ConfirmDialog
        open
        title="Errors remain"
        body="2 errors remain."
        cancelLabel="Cancel"
        confirmLabel="Save anyway"
        onConfirm={primary}
        onCancel={() => {}}
      />
    ),
    role: "alertdialog" as const,
    order: ["Cancel", "Save anyway"],
  },
];

describe.each(cases)("$notes", ({ element, role, order }) => {
  it("puts the primary action last", async () => {
    const primary = jest.fn();
    inPane(element(primary));
    const buttons = await actionButtons(role);
    expect(buttons.map((b) => b.textContent)).toEqual(order);
    fireEvent.click(buttons[buttons.length - 1]);
    expect(primary).toHaveBeenCalledTimes(1);
  });
});
