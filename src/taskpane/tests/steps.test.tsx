/** @jest-environment jsdom */
// One focused view per step: each view opens with what to do next, the outcome of an action is
// announced at the top of the view the user is on, and the pane moves on by itself.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, currentStep, goToStep, renderApp, stepShown } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const nextAction = () => within(currentStep()).getByTestId("next-action").textContent;
const outcome = () => screen.getByRole("status", { name: "Status" }).textContent;

/** The outcome sits above the view, below the step tabs: nothing else comes between. */
function outcomeIsRightAboveTheView(): void {
  const region = screen.getByRole("status", { name: "Status" });
  let next = region.nextElementSibling;
  while (next && (next as HTMLElement).hidden) next = next.nextElementSibling;
  expect(next).toBe(currentStep());
}

describe("one view per step", () => {
  it("Prepare: says to open the file or insert the template; Add dropdowns moves on to Check", async () => {
    renderApp({}, { step: "prepare" });
    expect(nextAction()).toMatch(/^Open the CSV file you downloaded from Partner Center/);
    expect(within(currentStep()).getByRole("button", { name: "Open CSV file…" })).toBeTruthy();
    fireEvent.click(within(currentStep()).getByRole("button", { name: "Add dropdowns" }));
    await stepShown("check");
    expect(outcome()).toBe("Dropdowns added to 12 columns.");
    outcomeIsRightAboveTheView();
  });

  it("Check: Check sheet is the first button; findings move the pane on to Review & fix", async () => {
    renderApp({ outcomes: [makeOutcome([makeFinding()])] }, { step: "check" });
    expect(nextAction()).toMatch(/^Select Check sheet/);
    expect(within(currentStep()).getAllByRole("button")[0].textContent).toBe("Check sheet");
    checkSheet();
    await stepShown("review");
    expect(outcome()).toBe("Check complete. Errors: 1. Warnings: 0. Info: 0.");
    expect(nextAction()).toMatch(/^Correct the findings below/);
    expect(within(currentStep()).getByRole("heading", { name: "Findings" })).toBeTruthy();
    outcomeIsRightAboveTheView();
  });

  it("Review & fix before any check points to Check", () => {
    renderApp({}, { step: "review" });
    expect(nextAction()).toBe("Nothing to review yet: check the sheet first.");
    fireEvent.click(within(currentStep()).getByRole("button", { name: "Go to Check" }));
    expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
  });

  it("a clean check goes to Save, which says what to do and shows the outcome above it", async () => {
    renderApp({ outcomes: [makeOutcome([])] }, { step: "check" });
    checkSheet();
    await stepShown("save");
    expect(nextAction()).toBe("Save the sheet as a CSV file, then upload it in Partner Center.");
    expect(within(currentStep()).getByRole("button", { name: "Save as CSV" })).toBeTruthy();
    expect(outcome()).toBe("Check complete. Errors: 0. Warnings: 0. Info: 0.");
    outcomeIsRightAboveTheView();
  });

  it("Save with errors left says how many and leads back to Review & fix", async () => {
    renderApp({ outcomes: [makeOutcome([makeFinding(), makeFinding({ row: 3 })])] }, { step: "check" });
    checkSheet();
    await stepShown("review");
    goToStep("save");
    expect(nextAction()).toMatch(/^2 errors remain: Partner Center will reject those rows/);
    fireEvent.click(within(currentStep()).getByRole("button", { name: "Go to Review & fix" }));
    await stepShown("review");
  });

  it("After upload is offered only for a processed file, and its check leads there", async () => {
    const rejected = makeFinding({ code: "partner-center-error", row: 2, column: "Errors", fix: null });
    renderApp({ outcomes: [makeOutcome([rejected])] }, { step: "check" });
    expect(screen.queryByRole("tab", { name: "After upload" })).toBeNull();
    checkSheet();
    await stepShown("afterUpload");
    expect(nextAction()).toMatch(/^Keep only the rows Partner Center rejected/);
    expect(within(currentStep()).getByRole("button", { name: "Keep only failed rows" })).toBeTruthy();
  });

  it("an error is shown at the top of the view the user is on", async () => {
    renderApp({ failures: { applyDropdowns: "socket closed" } }, { step: "prepare" });
    fireEvent.click(screen.getByRole("button", { name: "Add dropdowns" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert.textContent).toMatch(/Something went wrong \(socket closed\)/));
    // The pane stays where the user was, with the error above the view.
    expect(screen.getByRole("tab", { name: "Prepare" }).getAttribute("aria-selected")).toBe("true");
    expect(alert.compareDocumentPosition(currentStep()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
