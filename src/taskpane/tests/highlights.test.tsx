/** @jest-environment jsdom */
// Highlights are best effort: a check whose marks failed still shows its result with one sentence;
// Clear highlights is a button of its own and names the sheets that kept their marks.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { checkSheet, renderApp, stepShown } from "../testing/renderApp";
import { hostError, makeFinding, makeOutcome } from "../testing/fakeOps";

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const status = () => screen.getByRole("status", { name: "Status" }).textContent;

describe("highlights", () => {
  it("a check whose marks could not be written shows its findings and one sentence, not an error", async () => {
    const outcome = { ...makeOutcome([makeFinding()]), highlightsFailed: true };
    const { ops } = renderApp({ outcomes: [outcome] });
    checkSheet();
    await stepShown("review");
    expect(screen.getByRole("heading", { name: "Findings" })).toBeTruthy();
    await waitFor(() =>
      expect(status()).toBe(
        "Check complete. Errors: 1. Warnings: 0. Info: 0. Highlights not updated: the findings are listed here, but the sheet's marks could not be changed.",
      ),
    );
    expect(ops.callsOf("check")[0][0]).toEqual({ dateOrder: "auto" });
    expect(screen.queryByText("Something needs your attention")).toBeNull();
  });

  it.each([
    {
      cleared: { removed: 4, failedSheets: [] },
      want: "Highlights cleared on every sheet.",
      notes: "all sheets",
    },
    {
      cleared: { removed: 2, failedSheets: ["Old deals", "2025"] },
      want: "Highlights cleared, except on Old deals, 2025: Excel refused the change there (is the sheet protected?).",
      notes: "some sheets refused: named, the others cleared",
    },
  ])("Clear highlights: $notes", async ({ cleared, want }) => {
    const { ops } = renderApp({ cleared }, { step: "check" });
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await waitFor(() => expect(status()).toBe(want));
    expect(ops.callsOf("clearHighlights")).toHaveLength(1);
  });

  it("Clear highlights that fails everywhere shows the reason", async () => {
    renderApp(
      { failures: { clearHighlights: hostError("InvalidOperationInCellEditMode") } },
      { step: "check" },
    );
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    expect(
      await screen.findByText(
        "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
      ),
    ).toBeTruthy();
  });
});
