/** @jest-environment jsdom */
// What the task pane says about hidden rows/columns, filters and merged header cells (the Excel
// layer reports them; see src/excel/sheetLayout.ts).
import { within, fireEvent, screen } from "@testing-library/react";
import { checkSheet, goToStep, goToTab, renderApp, stepShown } from "../testing/renderApp";
import { hostError, makeFinding, makeOutcome } from "../testing/fakeOps";
import type { CheckOutcome } from "../ports";

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const withLayout = (layout: Partial<CheckOutcome["sheet"]>): CheckOutcome => {
  const outcome = makeOutcome([makeFinding()]);
  return { ...outcome, sheet: { ...outcome.sheet, ...layout } };
};

describe("the check summary says what was hidden", () => {
  const cases = [
    {
      notes: "rows hidden by a filter: blame the filter, plural",
      layout: { hiddenRows: 12, filtered: true },
      lines: ["12 rows are hidden by a filter; they were checked too."],
    },
    {
      notes: "one row hidden by hand: singular, no filter mentioned",
      layout: { hiddenRows: 1 },
      lines: ["1 row is hidden; it was checked too."],
    },
    {
      notes: "hidden rows and columns: one line each",
      layout: { hiddenRows: 3, hiddenColumns: 2 },
      lines: ["3 rows are hidden; they were checked too.", "2 columns are hidden; they were checked too."],
    },
    {
      notes: "dropdowns a paste took from some cells: one line naming the columns",
      layout: { dropdownsMissing: ["Customer Country", "Currency"] },
      lines: [
        "Some cells of Customer Country, Currency have lost their dropdown (pasting replaces it); choose Add dropdowns to put it back.",
      ],
    },
    { notes: "nothing hidden: no line", layout: {}, lines: [] },
  ];

  it.each(cases)("$notes", async ({ layout, lines }) => {
    renderApp({ outcomes: [withLayout(layout)] });
    checkSheet();
    // The check found an error: the pane shows Review & fix; the summary stays under Check.
    await stepShown("review");
    goToStep("check");
    await screen.findByTestId("check-summary");
    expect(screen.queryAllByTestId("summary-hidden").map((el) => el.textContent)).toEqual(lines);
  });

  it("is translated (German)", async () => {
    renderApp({ outcomes: [withLayout({ hiddenRows: 12, filtered: true })] }, { language: "de-DE" });
    goToTab("Prüfen");
    fireEvent.click(screen.getByRole("button", { name: "Blatt prüfen" }));
    await screen.findByRole("tab", { name: "Korrigieren", selected: true });
    goToTab("Prüfen");
    await screen.findByTestId("check-summary");
    expect(screen.getByTestId("summary-hidden").textContent).toBe(
      "12 Zeilen sind durch einen Filter ausgeblendet; sie wurden ebenfalls geprüft.",
    );
  });
});

describe("layout errors become one sentence", () => {
  it("merged header cells name the areas", async () => {
    const merged = Object.assign(hostError("MergedHeader"), { areas: ["B1:C1", "E1:F1"] });
    renderApp({ failures: { check: merged } });
    checkSheet();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "The header row has merged cells (B1:C1, E1:F1): unmerge them so every column has its own header, then check again.",
    );
  });

  it("keeping failed rows under a filter asks to clear the filter", async () => {
    const processed = [
      makeFinding({ code: "partner-center-error", row: 2, column: "Errors", value: "Bad", fix: null }),
    ];
    renderApp({
      outcomes: [makeOutcome(processed)],
      failures: { keepFailedRows: hostError("FilterActive") },
    });
    checkSheet();
    // Generous waits: on a loaded machine the dialog opens after findBy's default second.
    const wait = { timeout: 10_000 };
    fireEvent.click(await screen.findByRole("button", { name: "Keep only failed rows" }, wait));
    const dialog = await screen.findByRole("alertdialog", {}, wait);
    fireEvent.click(await within(dialog).findByRole("button", { name: "Keep failed rows" }, wait));
    const alert = await screen.findByRole("alert", {}, wait);
    expect(alert.textContent).toContain(
      "Clear the filter first (Data > Clear), then keep the failed rows again.",
    );
  });
});
