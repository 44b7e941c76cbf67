/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, goToStep, renderApp, stepShown } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import { pretendLayout } from "../testing/jsdomLayout";

pretendLayout();

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const pcError = (row: number, message: string) =>
  makeFinding({
    code: "partner-center-error",
    row,
    column: "Errors",
    cell: `A${row}`,
    at: { row: row - 1, col: 0 },
    value: message,
    message: `Partner Center: ${message}`,
  });

describe("after upload", () => {
  const processed = [
    pcError(2, "Invalid customer country"),
    pcError(2, "Required field Solution 1 missing"),
    pcError(5, "Invalid currency"),
    makeFinding({ row: 5, cell: "D5", message: "Required field Deal Name missing" }),
  ];

  it("shows Partner Center's errors beside ours with a distinct badge", async () => {
    renderApp({ outcomes: [makeOutcome(processed)] });
    checkSheet();
    // A processed file: the check leads to After upload.
    await stepShown("afterUpload");
    expect(
      await screen.findByText(
        "Partner Center rejected 2 rows. Their errors are listed with the badge “Partner Center”.",
      ),
    ).toBeTruthy();
    goToStep("review");
    fireEvent.change(screen.getByRole("combobox", { name: "Group by" }), { target: { value: "row" } });
    fireEvent.click(screen.getByRole("button", { name: "Row 5 (2 findings)" }));
    const ours = screen.getByRole("button", { name: /D5 Required field Deal Name missing/ });
    const theirs = screen.getByRole("button", { name: /A5 Partner Center: Invalid currency/ });
    expect(within(theirs).getByText("Partner Center")).toBeTruthy();
    expect(within(ours).queryByText("Partner Center")).toBeNull();
  });

  it("keeps only failed rows, reports how many moved and where, and re-checks", async () => {
    const { ops } = renderApp({
      outcomes: [makeOutcome(processed), makeOutcome(processed)],
      keepFailed: { kept: 2, moved: 7, movedTo: "Accepted 2025-01-30" },
    });
    checkSheet();
    fireEvent.click(await screen.findByRole("button", { name: "Keep only failed rows" }, { timeout: 15000 }));
    fireEvent.click(
      await within(await screen.findByRole("alertdialog")).findByRole(
        "button",
        { name: "Keep failed rows" },
        { timeout: 15000 },
      ),
    );
    expect(
      await screen.findByText("Failed rows kept: 2. Accepted rows moved to sheet Accepted 2025-01-30: 7."),
    ).toBeTruthy();
    expect(ops.callsOf("keepFailedRows")).toHaveLength(1);
    await waitFor(() => expect(ops.callsOf("check")).toHaveLength(2));
  });

  it("asks first: Cancel moves nothing", async () => {
    const { ops } = renderApp({ outcomes: [makeOutcome(processed)] });
    checkSheet();
    fireEvent.click(await screen.findByRole("button", { name: "Keep only failed rows" }, { timeout: 15000 }));
    const dialog = await screen.findByRole("alertdialog", { name: "Keep only the failed rows?" });
    expect(dialog.textContent).toMatch(/Undo last change puts them back/);
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(ops.callsOf("keepFailedRows")).toHaveLength(0);
  });

  it.each([
    {
      notes: "the rows come back",
      restored: { restored: 0, changedSince: [], rowsBack: { count: 7, from: "Accepted rows" } },
      status: /^Moved 7 rows back from sheet Accepted rows, which was then deleted\./,
    },
    {
      notes: "a sheet changed since: nothing is touched, and the user is told where the rows are",
      restored: { restored: 0, changedSince: [], notUndone: { sheet: "Deals", movedTo: "Accepted rows" } },
      status:
        /^The moved rows were not put back: sheet Deals or Accepted rows changed since\. Copy them back from Accepted rows/,
    },
  ])(
    "Undo last change after keeping failed rows: $notes",
    async ({ restored, status }) => {
      const { ops } = renderApp({ outcomes: [makeOutcome(processed)], restored });
      checkSheet();
      fireEvent.click(
        await screen.findByRole("button", { name: "Keep only failed rows" }, { timeout: 15000 }),
      );
      fireEvent.click(
        await within(await screen.findByRole("alertdialog")).findByRole(
          "button",
          { name: "Keep failed rows" },
          { timeout: 15000 },
        ),
      );
      // Generous wait: on a loaded machine the closing dialog keeps the pane aria-hidden a while.
      const undo = await screen.findByRole("button", { name: /^Undo last change/ }, { timeout: 15000 });
      await waitFor(() => expect(undo).toHaveProperty("disabled", false));
      fireEvent.click(undo);
      await waitFor(() => expect(ops.callsOf("restore")).toHaveLength(1));
      await waitFor(() => expect(screen.getByRole("status", { name: "Status" }).textContent).toMatch(status));
    },
    90_000,
  );

  it("does not offer the step for a sheet without Partner Center errors", async () => {
    renderApp({ outcomes: [makeOutcome([makeFinding()])] });
    checkSheet();
    await stepShown("review");
    expect(screen.queryByRole("tab", { name: "After upload" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Keep only failed rows" })).toBeNull();
  });
});
