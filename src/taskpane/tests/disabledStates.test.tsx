/** @jest-environment jsdom */
// A button that could do nothing is unavailable and says why, right under it (and to a screen
// reader, through aria-describedby); it comes back as soon as the sheet gives it something to do.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { goToStep, renderApp } from "../testing/renderApp";
import { pretendLayout } from "../testing/jsdomLayout";
import type { HeaderCheck } from "../ports";

pretendLayout();

beforeEach(() => {
  window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1");
});

const sheet = (overrides: Partial<HeaderCheck>): HeaderCheck => ({
  sheetName: "Deals",
  empty: false,
  columns: 57,
  findings: [],
  ...overrides,
});

function describedBy(button: HTMLElement): string {
  const id = button.getAttribute("aria-describedby") ?? "";
  return id === "" ? "" : (document.getElementById(id)?.textContent ?? "");
}

const cases = [
  {
    notes: "an empty sheet: no header for dropdowns, no records to save",
    header: sheet({ empty: true, columns: 0 }),
    dropdowns:
      "Add dropdowns needs the template's header row: open the CSV file or insert the template first.",
    save: "Nothing to save: this sheet is empty.",
  },
  {
    notes: "a sheet of other data: dropdowns have no template column to go under; saving stays possible",
    header: sheet({ columns: 0 }),
    dropdowns:
      "Add dropdowns needs the template's header row: open the CSV file or insert the template first.",
    save: null,
  },
  {
    notes: "the template: everything available, no reasons shown",
    header: sheet({}),
    dropdowns: null,
    save: null,
  },
];

describe.each(cases)("$notes", ({ header, dropdowns, save }) => {
  it("disables exactly the buttons that could do nothing, with the reason", async () => {
    const { ops } = renderApp({ header }, { step: "prepare" });
    await waitFor(() => expect(ops.callsOf("checkHeader").length).toBeGreaterThan(0));
    const dropdownsButton = await screen.findByRole("button", { name: "Add dropdowns" });
    await waitFor(() =>
      expect(dropdownsButton.getAttribute("aria-disabled")).toBe(dropdowns === null ? null : "true"),
    );
    expect(describedBy(dropdownsButton)).toBe(dropdowns ?? "");
    if (dropdowns !== null) {
      fireEvent.click(dropdownsButton);
      expect(ops.callsOf("applyDropdowns")).toHaveLength(0);
    }
    goToStep("save");
    const saveButton = screen.getByRole("button", { name: "Save as CSV" });
    expect(saveButton.getAttribute("aria-disabled")).toBe(save === null ? null : "true");
    expect(describedBy(saveButton)).toBe(save ?? "");
    if (save !== null) {
      fireEvent.click(saveButton);
      expect(ops.callsOf("buildCsv")).toHaveLength(0);
    }
  });
});
