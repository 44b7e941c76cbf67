/** @jest-environment jsdom */
// The account-match review in the pane: rows needing a look, each selecting its cell, and the
// "Add account-match dropdowns" button, shown only for a processed file with suggestions.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkTable } from "../../core/check";
import { hasAccountSuggestions } from "../../core/processed/accountMatch";
import type { Finding } from "../../core/types";
import type { CheckOutcome } from "../ports";
import { hostError, makeOutcome } from "../testing/fakeOps";
import { checkSheet, goToTab, renderApp } from "../testing/renderApp";

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const HEADER = ["Deal Name", "Final account match", "Confidence", "Managed account 1", "DUNS account 1"];
const M1 = "MicrosoftID: 6-ABCDEFG23XB, AccountName: Contoso, AccountAddress: 1 Main St";
const D1 = "DUNSID: 659410848, AccountName: CONTOSO";

/** A real check of a small sheet, so the findings are the engine's own. */
function outcomeOf(rows: string[][]): CheckOutcome {
  const table = { rows };
  const result = checkTable(table);
  const outcome = makeOutcome(result.findings as Finding[]);
  return {
    ...outcome,
    sheet: { ...outcome.sheet, accountSuggestions: hasAccountSuggestions(table) },
    result,
  };
}

const processed = () =>
  outcomeOf([
    HEADER,
    ["Contoso", "", "Low", M1, D1],
    ["Kept", M1, "High", M1, ""],
    ["Low one", M1, "Low", M1, ""],
  ]);

describe("account-match review", () => {
  it("lists the rows needing a look; each selects its Final account match cell", async () => {
    const { ops } = renderApp({ outcomes: [processed()] });
    checkSheet();
    expect(await screen.findByText(/^2 rows need a look at their Final account match/)).toBeTruthy();
    const list = screen.getByRole("list", { name: "Rows to review" });
    // Each row's own button (a finding may also offer a help button beside it).
    const items = within(list).getAllByTitle(/^Go to /);
    expect(items.map((b) => b.textContent?.match(/B\d/)?.[0])).toEqual(["B2", "B4"]);
    expect(items[0].textContent).toContain("Final account match is empty: choose one of the accounts");
    expect(items[1].textContent).toContain("Low confidence");
    fireEvent.click(items[1]);
    await waitFor(() => expect(ops.callsOf("selectCell")).toHaveLength(1));
    expect((ops.callsOf("selectCell")[0][0] as Finding).cell).toBe("B4");
  });

  it("adds the dropdowns and says to how many rows", async () => {
    const { ops } = renderApp({
      outcomes: [processed()],
      accountDropdowns: { sheetName: "Deals", rows: 3, lists: 2 },
    });
    checkSheet();
    fireEvent.click(await screen.findByRole("button", { name: "Add account-match dropdowns" }));
    expect(
      await screen.findAllByText("Added a dropdown of its own suggestions to each of 3 rows."),
    ).not.toHaveLength(0);
    expect(ops.callsOf("applyAccountDropdowns")).toHaveLength(1);
  });

  it("offers the dropdowns on a processed file whose matches are all reviewed", async () => {
    renderApp({ outcomes: [outcomeOf([HEADER, ["Kept", M1, "High", M1, D1]])] });
    checkSheet();
    expect(await screen.findByRole("button", { name: "Add account-match dropdowns" })).toBeTruthy();
    expect(screen.getByText("No row needs a look at its Final account match.")).toBeTruthy();
  });

  it.each([
    {
      rows: [
        ["Deal Name", "Final account match"],
        ["Deal", ""],
      ],
      notes: "a plain upload sheet: no suggestion columns",
    },
    {
      rows: [HEADER, ["Deal", "", "", "", ""]],
      notes: "suggestion columns but no suggestion in any row: nothing to offer",
    },
  ])("shows neither the button nor the section for $notes", async ({ rows }) => {
    renderApp({ outcomes: [outcomeOf(rows)] });
    checkSheet();
    await screen.findByTestId("check-summary");
    expect(screen.queryByRole("button", { name: "Add account-match dropdowns" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Account matching" })).toBeNull();
  });

  it("says in one sentence when the sheet changed and has no suggestions any more", async () => {
    renderApp({
      outcomes: [processed()],
      failures: { applyAccountDropdowns: hostError("NoAccountSuggestions") },
    });
    checkSheet();
    fireEvent.click(await screen.findByRole("button", { name: "Add account-match dropdowns" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /This sheet has no account suggestions from Partner Center/,
    );
  });

  it("speaks the user's language (German)", async () => {
    renderApp({ outcomes: [processed()] }, { language: "de-DE" });
    goToTab("Prüfen");
    fireEvent.click(screen.getByRole("button", { name: "Blatt prüfen" }));
    expect(
      await screen.findByRole("button", { name: "Dropdownlisten für die Kontozuordnung hinzufügen" }),
    ).toBeTruthy();
    expect(screen.getByText(/^Bei 2 Zeilen sollten Sie Final account match prüfen/)).toBeTruthy();
  });
});
