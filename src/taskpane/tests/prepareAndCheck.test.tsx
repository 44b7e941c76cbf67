/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, chooseFromMore, goToStep, renderApp, stepShown } from "../testing/renderApp";
import { hostError, makeFinding, makeOutcome } from "../testing/fakeOps";
import { GETTING_STARTED_KEY } from "../components/GettingStarted";

beforeEach(() => window.localStorage.clear());

describe("prepare", () => {
  it("inserts the template with the chosen column counts and reports the sheet", async () => {
    const { ops } = renderApp({}, { step: "prepare" });
    const solutions = screen.getByRole("spinbutton", { name: "Solution columns" });
    fireEvent.change(solutions, { target: { value: "3" } });
    fireEvent.blur(solutions);
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    // The status points to the next step: dropdowns are a step of their own.
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Status" }).textContent).toBe(
        "Template inserted on sheet Co-sell template. Next, select Add dropdowns so that list columns offer their allowed values.",
      ),
    );
    expect(ops.callsOf("insertTemplate")).toEqual([[{ solutionColumns: 3, teamMemberColumns: 1 }]]);
  });

  it("keeps column counts within 1..50", async () => {
    const { ops } = renderApp({}, { step: "prepare" });
    const team = screen.getByRole("spinbutton", { name: "Team member columns" });
    fireEvent.change(team, { target: { value: "80" } });
    fireEvent.blur(team);
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    await screen.findByText(/Template inserted/);
    expect(ops.callsOf("insertTemplate")[0][0]).toEqual({ solutionColumns: 1, teamMemberColumns: 50 });
  });

  it("adds dropdowns and says how many columns got one", async () => {
    renderApp({}, { step: "prepare" });
    fireEvent.click(screen.getByRole("button", { name: "Add dropdowns" }));
    expect(await screen.findByRole("status", { name: "Status" })).toHaveProperty(
      "textContent",
      "Dropdowns added to 12 columns.",
    );
  });
});

describe("check", () => {
  const findings = [
    makeFinding({ severity: "error" }),
    makeFinding({ severity: "error", row: 3 }),
    makeFinding({ severity: "warning", code: "unknown-column", row: null }),
    makeFinding({ severity: "notice", code: "yes-no-case", fix: "Yes" }),
  ];

  it("shows records, severities and new deals vs updates after a check", async () => {
    const { ops } = renderApp({
      outcomes: [makeOutcome(findings, { records: 352, createRows: 42, updateRows: 310 })],
    });
    checkSheet();
    // Findings to look at: the pane moves on to Review & fix; the summary stays under Check.
    await stepShown("review");
    goToStep("check");
    const summary = await screen.findByTestId("check-summary");
    expect(within(screen.getByTestId("summary-records")).getByText("352")).toBeTruthy();
    expect(within(screen.getByTestId("summary-errors")).getByText("2")).toBeTruthy();
    expect(within(screen.getByTestId("summary-warnings")).getByText("1")).toBeTruthy();
    expect(within(screen.getByTestId("summary-notices")).getByText("1")).toBeTruthy();
    expect(within(summary).getByText("42 new deals, 310 updates")).toBeTruthy();
    expect(screen.getByRole("status", { name: "Status" }).textContent).toBe(
      "Check complete. Errors: 2. Warnings: 1. Info: 1.",
    );
    expect(ops.callsOf("check")[0][0]).toEqual({ dateOrder: "auto" });
  });

  it("passes the chosen date order to the check", async () => {
    const { ops } = renderApp({}, { step: "check" });
    fireEvent.change(screen.getByRole("combobox", { name: "Read dates such as 3/4/2025 as" }), {
      target: { value: "dmy" },
    });
    checkSheet();
    await screen.findByTestId("check-summary");
    expect(ops.callsOf("check")[0][0]).toEqual({ dateOrder: "dmy" });
  });

  it("uses singular forms for one new deal and one update", async () => {
    renderApp({ outcomes: [makeOutcome([], { records: 2, createRows: 1, updateRows: 1 })] });
    checkSheet();
    expect(await screen.findByText("1 new deal, 1 update")).toBeTruthy();
    expect(screen.getByText("No problems found. The sheet is ready to save.")).toBeTruthy();
  });

  it("warns about the 1,000-record limit only when it is exceeded", async () => {
    renderApp({ outcomes: [makeOutcome([], { records: 1000 }), makeOutcome([], { records: 1001 })] });
    checkSheet();
    await screen.findByTestId("check-summary");
    expect(screen.queryByText(/accepts at most/)).toBeNull();
    checkSheet();
    expect(
      await screen.findByText(/This sheet has 1,001 records; Partner Center accepts at most 1,000 per file/),
    ).toBeTruthy();
  });

  it("shows progress while checking and cancels through the AbortSignal", async () => {
    const { ops } = renderApp({ holdCheck: true });
    checkSheet();
    expect(screen.getByRole("button", { name: "Checking…" }).getAttribute("aria-disabled")).toBe("true");
    act(() => ops.reportProgress(1200, 5000));
    expect(await screen.findByText("Checked 1,200 of 5,000 rows")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.24");
    fireEvent.click(screen.getByRole("button", { name: "Cancel check" }));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Status" }).textContent).toBe(
        "Check cancelled. The sheet was not changed.",
      ),
    );
    const control = ops.callsOf("check")[0][1] as { signal: AbortSignal };
    expect(control.signal.aborted).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "Check sheet" })).toHaveProperty("disabled", false);
  });
});

describe("errors from the workbook", () => {
  const cases = [
    {
      code: "InvalidOperationInCellEditMode",
      expected: /Excel is editing a cell: press Enter or Esc/,
      notes: "cell in edit mode",
    },
    {
      code: "InvalidOperation",
      expected: /Something went wrong \(InvalidOperation\)/,
      notes: "InvalidOperation alone is not edit mode: it has many causes",
    },
    {
      code: "NotImplemented",
      expected: /This version of Excel cannot do this step \(NotImplemented\)/,
      notes: "API missing on this host",
    },
    {
      code: "ItemNotFound",
      expected: /The workbook changed while the add-in was working/,
      notes: "sheet deleted or renamed meanwhile",
    },
    { code: "Conflict", expected: /Someone else changed the workbook/, notes: "co-authoring" },
    {
      code: "InsertDeleteConflict",
      expected: /Excel cannot delete these rows/,
      notes: "rows crossed by a table or merge",
    },
    { code: "AccessDenied", expected: /The sheet is protected: unprotect it/, notes: "protected sheet" },
    {
      code: "RequestPayloadSizeLimitExceeded",
      expected: /too large to handle in one go/,
      notes: "payload limit",
    },
    {
      code: "GeneralException",
      expected: /Something went wrong \(GeneralException\); try again/,
      notes: "anything else names its code",
    },
  ];
  it.each(cases)("$code becomes one friendly sentence ($notes)", async ({ code, expected }) => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp({ failures: { check: hostError(code) } });
    checkSheet();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(expected);
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
    // Only errors without a planned sentence are logged, with their code.
    const generic = /Something went wrong/.test(String(expected));
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual(
      generic ? [`Co-sell Upload Checker: check failed: ${code}: ${code} happened`] : [],
    );
    logged.mockRestore();
  });

  it("an unexpected error is logged with its Office.js location", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const error = Object.assign(hostError("GeneralException"), {
      debugInfo: {
        code: "GeneralException",
        errorLocation: "Range.values",
        statement: "range.values = ...;",
      },
    });
    renderApp({ failures: { applyDropdowns: error } }, { step: "prepare" });
    fireEvent.click(screen.getByRole("button", { name: "Add dropdowns" }));
    await screen.findByRole("alert");
    expect(String(logged.mock.calls[0][0])).toBe(
      "Co-sell Upload Checker: dropdowns failed: GeneralException at Range.values: GeneralException happened",
    );
    expect(logged.mock.calls[0][1]).toMatchObject({
      location: "Range.values",
      statement: "range.values = ...;",
    });
    logged.mockRestore();
  });

  it("an error that is not an Error object still gets a sentence", async () => {
    renderApp({ failures: { applyDropdowns: "socket closed" } }, { step: "prepare" });
    fireEvent.click(screen.getByRole("button", { name: "Add dropdowns" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Something went wrong \(socket closed\)/);
  });
});

describe("getting started", () => {
  it("shows on first run and stays dismissed", async () => {
    const first = renderApp();
    await screen.findByText(/template columns recognised/); // the header check on open has answered
    expect(screen.getByText("Getting started")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Got it" }));
    expect(screen.queryByText("Getting started")).toBeNull();
    expect(window.localStorage.getItem(GETTING_STARTED_KEY)).toBe("1");
    first.unmount();
    renderApp();
    await screen.findByText(/template columns recognised/);
    expect(screen.queryByText("Getting started")).toBeNull();
  });

  it("can be reopened after it was dismissed", async () => {
    window.localStorage.setItem(GETTING_STARTED_KEY, "1");
    renderApp();
    await screen.findByText(/template columns recognised/);
    expect(screen.queryByText("Getting started")).toBeNull();
    await chooseFromMore("Show getting started");
    expect(screen.getByText("Getting started")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Got it" })).toBeTruthy();
    expect(window.localStorage.getItem(GETTING_STARTED_KEY)).toBeNull();
  });
});
