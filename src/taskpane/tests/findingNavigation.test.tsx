/** @jest-environment jsdom */
// Working through the findings: Next / Previous (buttons and F8 / Shift+F8) select each finding's
// cell in a stated order and announce it; filters narrow the list and the walk; the first group
// starts open.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, goToStep, renderApp, stepShown } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import type { Finding } from "../../core/types";
import { pretendLayout } from "../testing/jsdomLayout";

pretendLayout();

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

const at = (row: number, col: number) => ({ row: row - 1, col });

const noticeW3 = makeFinding({
  code: "currency-case",
  severity: "notice",
  row: 3,
  column: "Currency",
  cell: "W3",
  at: at(3, 22),
  message: "Currency usd should be upper case",
  fix: "USD",
});
const warningBZ1 = makeFinding({
  code: "unknown-column",
  severity: "warning",
  row: 1,
  column: null,
  cell: "BZ1",
  at: at(1, 77),
  message: "Unknown column Colour",
});
const warningFile = makeFinding({
  code: "no-records",
  severity: "warning",
  row: null,
  column: null,
  cell: null,
  at: null,
  message: "The file has no records",
});
const errorK12 = makeFinding({
  code: "country-not-alpha2",
  row: 12,
  column: "Customer Country",
  cell: "K12",
  at: at(12, 10),
  message: "Customer Country USA is not a two-letter code",
});
const errorD12 = makeFinding({ row: 12, cell: "D12", at: at(12, 3), message: "Deal Name missing in row 12" });
const errorD5 = makeFinding({ row: 5, cell: "D5", at: at(5, 3), message: "Deal Name missing in row 5" });

// Listed out of order on purpose: the pane must sort.
const all = [noticeW3, warningBZ1, errorK12, warningFile, errorD12, errorD5];

async function checkWith(findings: Finding[]) {
  const view = renderApp({ outcomes: [makeOutcome(findings)] });
  checkSheet();
  await screen.findByRole("heading", { name: "Findings" });
  return view;
}

const review = () => screen.getByRole("region", { name: "Findings" });
const navigatorText = () => screen.getByTestId("finding-navigator-text");
const selected = (ops: { callsOf(name: "selectCell"): unknown[][] }) =>
  ops.callsOf("selectCell").map(([finding]) => (finding as Finding).cell);

describe("next / previous finding", () => {
  it("F8 walks errors, then warnings, then notices, each by row then column, selecting each cell", async () => {
    const { ops } = await checkWith(all);
    const next = screen.getByRole("button", { name: "Next" });
    expect(next.getAttribute("aria-keyshortcuts")).toBe("F8");
    expect(navigatorText().textContent).toBe(
      "6 findings, errors first. Select Next to go to the first one's cell.",
    );

    fireEvent.keyDown(next, { key: "F8" });
    await waitFor(() => expect(selected(ops)).toEqual(["D5"]));
    expect(navigatorText().textContent).toBe("Error Finding 1 of 6, cell D5: Deal Name missing in row 5");

    for (let i = 0; i < 5; i++) fireEvent.keyDown(review(), { key: "F8" });
    // The file-level warning has no cell to select: it is shown, not selected.
    await waitFor(() => expect(selected(ops)).toEqual(["D5", "D12", "K12", "BZ1", "W3"]));
    expect(navigatorText().textContent).toBe(
      "Info Finding 6 of 6, cell W3: Currency usd should be upper case",
    );

    // Past the last, Next wraps to the first; Shift+F8 goes back.
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8", shiftKey: true });
    fireEvent.keyDown(review(), { key: "F8", shiftKey: true });
    await waitFor(() => expect(selected(ops)).toEqual(["D5", "D12", "K12", "BZ1", "W3", "D5", "W3", "BZ1"]));
    fireEvent.keyDown(review(), { key: "F8", shiftKey: true });
    expect(navigatorText().textContent).toBe("Warning Finding 4 of 6: The file has no records");
  });

  it("the buttons step too, the step is announced politely, and the finding is opened and marked in the list", async () => {
    const { ops } = await checkWith(all);
    expect(navigatorText().getAttribute("aria-live")).toBe("polite");
    const previous = screen.getByRole("button", { name: "Previous" });
    expect(previous.getAttribute("aria-keyshortcuts")).toBe("Shift+F8");
    fireEvent.click(previous);
    await waitFor(() => expect(selected(ops)).toEqual(["W3"]));
    expect(navigatorText().textContent).toContain("Finding 6 of 6, cell W3:");
    // W3's group (Currency, notices only) was closed; stepping there opens it and marks the item.
    expect(screen.getByRole("button", { name: "Currency (1 finding)" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    const item = screen.getByTitle("Go to W3").closest("li");
    expect(item?.getAttribute("aria-current")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(selected(ops)).toEqual(["W3", "D5"]));
    expect(screen.getByTitle("Go to W3").closest("li")?.getAttribute("aria-current")).toBeNull();
    expect(screen.getByTitle("Go to D5").closest("li")?.getAttribute("aria-current")).toBe("true");
  });

  it("other keys and modified F8 are left alone", async () => {
    const { ops } = await checkWith(all);
    fireEvent.keyDown(review(), { key: "ArrowDown" });
    fireEvent.keyDown(review(), { key: "F8", ctrlKey: true });
    fireEvent.keyDown(review(), { key: "F8", altKey: true });
    expect(ops.callsOf("selectCell")).toHaveLength(0);
  });
});

describe("filters", () => {
  it("severity toggles narrow the list and Next, with counts", async () => {
    const { ops } = await checkWith(all);
    const errors = screen.getByRole("button", { name: "Errors (3)" });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(errors);
    fireEvent.click(screen.getByRole("button", { name: "Info (1)" }));
    expect(screen.getByRole("button", { name: "Errors (3)" }).getAttribute("aria-pressed")).toBe("false");
    // Only the warnings are left: the Whole file group, the rule counts and the walk.
    expect(screen.queryByTestId("rule-required-missing")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Deal Name/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Whole file (2 findings)" })).toBeTruthy();
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8" });
    await waitFor(() => expect(selected(ops)).toEqual(["BZ1"]));
    expect(navigatorText().textContent).toBe("Warning Finding 1 of 2: The file has no records");
  });

  it("the column filter narrows the list and Next; no match says so; reset shows everything", async () => {
    const { ops } = await checkWith(all);
    const column = screen.getByRole("combobox", { name: "Column" });
    const options = within(column)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(options).toEqual([
      "All columns (6)",
      "Whole file (2)",
      "Deal Name (2)",
      "Customer Country (1)",
      "Currency (1)",
    ]);
    fireEvent.change(column, { target: { value: "column:Deal Name" } });
    expect(screen.getByRole("button", { name: "Errors (2)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Warnings (0)" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Customer Country/ })).toBeNull();
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8" });
    await waitFor(() => expect(selected(ops)).toEqual(["D5", "D12", "D5"]));
    expect(navigatorText().textContent).toContain("Finding 1 of 2, cell D5:");

    fireEvent.click(screen.getByRole("button", { name: "Errors (2)" }));
    expect(within(review()).getByText("No findings match these filters.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Show all findings" }));
    expect(within(review()).queryByText("No findings match these filters.")).toBeNull();
    expect(screen.getByRole("button", { name: "Errors (3)" }).getAttribute("aria-pressed")).toBe("true");
    expect((screen.getByRole("combobox", { name: "Column" }) as HTMLSelectElement).value).toBe("");
    expect(screen.queryByRole("button", { name: "Show all findings" })).toBeNull();
  });
});

describe("after a check", () => {
  it("lists groups errors first with the first group open and the rest closed", async () => {
    await checkWith([noticeW3, warningBZ1, errorK12]);
    // The groups' headings (the review's other h3s, such as the counts per rule, aside).
    const headers = within(review())
      .getAllByRole("heading", { level: 3 })
      .map((heading) => heading.textContent)
      .filter((text) => / \(\d+ findings?\)$/.test(text ?? ""));
    expect(headers).toEqual([
      "Customer Country (1 finding)",
      "Whole file (1 finding)",
      "Currency (1 finding)",
    ]);
    const expanded = (name: string) => screen.getByRole("button", { name }).getAttribute("aria-expanded");
    expect(expanded("Customer Country (1 finding)")).toBe("true");
    expect(screen.getByTitle("Go to K12")).toBeTruthy();
    expect(expanded("Whole file (1 finding)")).toBe("false");
    expect(expanded("Currency (1 finding)")).toBe("false");
  });

  it("a re-check keeps the groups the user opened and goes on from the finding Next reached", async () => {
    // The second check finds the same problems (new objects, as a real re-check gives).
    const { ops } = renderApp({ outcomes: [makeOutcome(all), makeOutcome(all.map((f) => ({ ...f })))] });
    checkSheet();
    await screen.findByRole("heading", { name: "Findings" });
    fireEvent.click(screen.getByRole("button", { name: "Currency (1 finding)" }));
    fireEvent.keyDown(review(), { key: "F8" });
    fireEvent.keyDown(review(), { key: "F8" });
    await waitFor(() => expect(selected(ops)).toEqual(["D5", "D12"]));
    checkSheet();
    await waitFor(() => expect(ops.callsOf("check")).toHaveLength(2));
    // The result shows once the pane is back on Review & fix (the old list stays in its hidden panel).
    await screen.findByRole("button", { name: "Currency (1 finding)" }, { timeout: 15000 });
    expect(screen.getByTitle("Go to D12")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Currency (1 finding)" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(screen.getByRole("button", { name: "Deal Name (2 findings)" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(navigatorText().textContent).toContain("Finding 2 of 6, cell D12:");
    fireEvent.keyDown(review(), { key: "F8" });
    await waitFor(() => expect(selected(ops)).toEqual(["D5", "D12", "K12"]));
  });

  it("says so when a check finds nothing", async () => {
    renderApp({ outcomes: [makeOutcome([])] });
    checkSheet();
    // A clean check moves on to Save; Review & fix still says why it is empty.
    await stepShown("save");
    goToStep("review");
    expect(within(review()).getByText("No findings.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
  });
});
