/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import type { Finding } from "../../core/types";
import { pretendLayout } from "../testing/jsdomLayout";

pretendLayout();

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

async function checkWith(findings: Finding[]) {
  const view = renderApp({ outcomes: [makeOutcome(findings)] });
  checkSheet();
  await screen.findByRole("heading", { name: "Findings" }, { timeout: 15000 });
  return view;
}

/** Opens a finding group unless it is open already (the first group starts open). */
function openGroup(name: string) {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

const dealMissing = makeFinding({
  row: 12,
  cell: "D12",
  column: "Deal Name",
  message: "Required field Deal Name missing",
});
const badCountry = makeFinding({
  code: "country-not-alpha2",
  row: 12,
  column: "Customer Country",
  cell: "K12",
  at: { row: 11, col: 10 },
  value: "USA",
  message: "Customer Country USA is not a two-letter code",
  fix: "US",
});
const lowerCurrency = makeFinding({
  code: "currency-case",
  severity: "notice",
  row: 3,
  column: "Currency",
  cell: "W3",
  at: { row: 2, col: 22 },
  value: "usd",
  message: "Currency usd should be upper case",
  fix: "USD",
});
const unknownHeader = makeFinding({
  code: "unknown-column",
  severity: "warning",
  row: 1,
  column: null,
  cell: "BZ1",
  at: { row: 0, col: 77 },
  value: "Colour",
  message: "Unknown column Colour",
});

describe("review", () => {
  it("groups by column, only the first open, and opens a group to show cell, value, reason and fix", async () => {
    await checkWith([dealMissing, badCountry, lowerCurrency]);
    const header = screen.getByRole("button", { name: "Customer Country (1 finding)" });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText("Customer Country USA is not a two-letter code")).toBeNull();
    fireEvent.click(header);
    const item = screen.getByRole("button", { name: /K12.*Customer Country USA is not a two-letter code/ });
    expect(within(item).getByText("Value: USA")).toBeTruthy();
    expect(within(item).getByText("Fix: US")).toBeTruthy();
    expect(within(item).getByText("Error")).toBeTruthy();
  });

  it("groups by row when asked: errors first, then in sheet order", async () => {
    const emptyFile = makeFinding({
      code: "no-records",
      severity: "warning",
      row: null,
      column: null,
      message: "No records",
    });
    await checkWith([dealMissing, lowerCurrency, unknownHeader, emptyFile]);
    fireEvent.change(screen.getByRole("combobox", { name: "Group by" }), { target: { value: "row" } });
    const review = screen.getByRole("region", { name: "Findings" });
    const headings = within(review)
      .getAllByRole("heading", { level: 3 })
      .map((heading) => heading.textContent);
    // The counts per rule follow the list.
    expect(headings).toEqual([
      "Row 12 (1 finding)",
      "Whole file (1 finding)",
      "Row 1 (1 finding)",
      "Row 3 (1 finding)",
      "Counts per rule",
    ]);
  });

  it("counts findings per rule and filters to errors", async () => {
    await checkWith([dealMissing, makeFinding({ row: 5 }), lowerCurrency, unknownHeader]);
    expect(within(screen.getByTestId("rule-required-missing")).getByText("2")).toBeTruthy();
    expect(screen.getByTestId("rule-currency-case")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Warnings (1)", pressed: true }));
    fireEvent.click(screen.getByRole("button", { name: "Info (1)", pressed: true }));
    expect(screen.queryByTestId("rule-currency-case")).toBeNull();
    expect(screen.queryByTestId("rule-unknown-column")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Currency/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Deal Name (2 findings)" })).toBeTruthy();
  });

  it("clicking a finding selects its cell, and so does Enter on it", async () => {
    const { ops } = await checkWith([dealMissing, badCountry]);
    openGroup("Deal Name (1 finding)");
    const item = screen.getByRole("button", { name: /D12/ });
    fireEvent.click(item);
    await waitFor(() => expect(ops.callsOf("selectCell")).toEqual([[dealMissing]]));
    // A native <button> turns Enter into a click; assert the element is one, focusable in tab order.
    expect(item.tagName).toBe("BUTTON");
    expect(item.getAttribute("tabindex")).not.toBe("-1");
  });

  it("shows every finding of a group and every group, however many (no paging)", async () => {
    const many = Array.from({ length: 150 }, (_, index) =>
      makeFinding({
        row: index + 2,
        cell: `D${index + 2}`,
        message: `Required field Deal Name missing ${index}`,
      }),
    );
    await checkWith(many);
    openGroup("Deal Name (150 findings)");
    // Mounted slice by slice; all of them end up listed. (Title queries: role queries over
    // hundreds of buttons take seconds in jsdom.)
    const review = screen.getByRole("region", { name: "Findings" });
    const listed = () => review.querySelectorAll('[title^="Go to D"]').length;
    expect(listed()).toBeLessThan(150);
    await waitFor(() => expect(listed()).toBe(150), { timeout: 60_000 });
    expect(screen.getByTitle("Go to D151").textContent).toContain("Required field Deal Name missing 149");
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();

    fireEvent.change(screen.getByRole("combobox", { name: "Group by" }), { target: { value: "row" } });
    const groups = () => review.querySelectorAll("h3 button").length;
    await waitFor(() => expect(groups()).toBe(150), { timeout: 60_000 });
  }, 180_000);
});

describe("fix", () => {
  it("previews one fix (cell, old → new) and applies it only after Apply, then re-checks", async () => {
    const { ops } = await checkWith([badCountry]);
    openGroup("Customer Country (1 finding)");
    fireEvent.click(screen.getByRole("button", { name: "Fix K12" }));
    const dialog = await screen.findByRole("dialog", { name: "Apply 1 fix?" });
    expect(within(dialog).getByTestId("fix-preview-list").textContent).toBe("K12: USA → US");
    expect(ops.callsOf("applyFixes")).toHaveLength(0);
    fireEvent.click(await within(dialog).findByRole("button", { name: "Apply" }));
    await waitFor(() => expect(ops.callsOf("check")).toHaveLength(2));
    expect(ops.callsOf("applyFixes")).toEqual([[[badCountry]]]);
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Status" }).textContent).toMatch(
        /^Changed 1 cell\. Check complete\./,
      ),
    );
  });

  it("Cancel in the preview changes nothing", async () => {
    const { ops } = await checkWith([badCountry]);
    fireEvent.click(screen.getByRole("button", { name: "Fix all: Country not a 2-letter code (1)" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(ops.callsOf("applyFixes")).toHaveLength(0);
  });

  it("fixes every finding of one rule", async () => {
    const second = { ...badCountry, cell: "K13", row: 13, value: "United States" };
    const { ops } = await checkWith([badCountry, second, lowerCurrency]);
    fireEvent.click(screen.getByRole("button", { name: "Fix all: Country not a 2-letter code (2)" }));
    const dialog = await screen.findByRole("dialog", { name: "Apply 2 fixes?" });
    fireEvent.click(await within(dialog).findByRole("button", { name: "Apply" }));
    await waitFor(() => expect(ops.callsOf("applyFixes")).toEqual([[[badCountry, second]]]));
  });

  it("fixes everything that has a fix, errors and warnings included, after one preview", async () => {
    const spaced = makeFinding({
      code: "whitespace",
      severity: "notice",
      row: 4,
      column: "Deal Name",
      cell: "D4",
      at: { row: 3, col: 3 },
      value: " Contoso  Ltd ",
      message: "Deal Name has extra spaces",
      fix: "Contoso Ltd",
    });
    const { ops } = await checkWith([dealMissing, badCountry, spaced]);
    fireEvent.click(screen.getByRole("button", { name: "Fix all that can be fixed (2)" }));
    const dialog = await screen.findByRole("dialog", { name: "Apply 2 fixes?" });
    // The spaces the fix removes are visible in the preview.
    expect(within(dialog).getByTestId("fix-preview-list").textContent).toBe(
      "K12: USA → USD4: ·Contoso··Ltd· → Contoso Ltd",
    );
    fireEvent.click(await within(dialog).findByRole("button", { name: "Apply" }));
    await waitFor(() => expect(ops.callsOf("applyFixes")).toEqual([[[badCountry, spaced]]]));
  });

  it("fixes all safe findings (notices only) and restore undoes the batch", async () => {
    const { ops } = await checkWith([badCountry, lowerCurrency]);
    const restore = screen.getByRole("button", { name: /^Undo last change/ });
    expect(restore).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Apply the safe fixes (1)" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByTestId("fix-preview-list").textContent).toBe("W3: usd → USD");
    fireEvent.click(await within(dialog).findByRole("button", { name: "Apply" }));
    await waitFor(() => expect(ops.callsOf("applyFixes")).toEqual([[[lowerCurrency]]]));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^Undo last change/ })).toHaveProperty("disabled", false),
    );
    fireEvent.click(screen.getByRole("button", { name: /^Undo last change/ }));
    await waitFor(() => expect(ops.callsOf("restore")).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Status" }).textContent).toMatch(
        /^Restored 2 cells\. Check complete\./,
      ),
    );
    expect(ops.callsOf("check")).toHaveLength(3);
    expect(screen.getByRole("button", { name: /^Undo last change/ })).toHaveProperty("disabled", true);
  });

  it("undoes several batches in turn and names the cells the user changed since", async () => {
    const second = { ...badCountry, cell: "K13", row: 13, value: "United States" };
    const view = renderApp({
      outcomes: [makeOutcome([badCountry, second, lowerCurrency])],
      restored: { restored: 1, changedSince: ["K13"] },
    });
    checkSheet();
    await screen.findByRole("heading", { name: "Findings" }, { timeout: 15000 });
    for (const name of ["Apply the safe fixes (1)", "Fix all: Country not a 2-letter code (2)"]) {
      fireEvent.click(screen.getByRole("button", { name }));
      fireEvent.click(
        await within(await screen.findByRole("dialog")).findByRole("button", { name: "Apply" }),
      );
      await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
      await waitFor(() =>
        expect(screen.getByRole("button", { name: /^Undo last change/ })).toHaveProperty("disabled", false),
      );
    }
    fireEvent.click(screen.getByRole("button", { name: /^Undo last change/ }));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Status" }).textContent).toMatch(
        /^Restored 1 cell\. 1 cell was changed since the fix and left as it is: K13\. Check complete\./,
      ),
    );
    // One batch is still there to undo.
    expect(screen.getByRole("button", { name: /^Undo last change/ })).toHaveProperty("disabled", false);
    fireEvent.click(screen.getByRole("button", { name: /^Undo last change/ }));
    await waitFor(() => expect(view.ops.callsOf("restore")).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^Undo last change/ })).toHaveProperty("disabled", true),
    );
  });
});
