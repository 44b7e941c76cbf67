/** @jest-environment jsdom */
// The check's outcomes that are not a list of problems each get their own short line in the
// summary: an empty sheet, a header without records, nothing found, and only findings to know about.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CheckSummary } from "../components/CheckSummary";
import { I18nProvider } from "../i18n/I18nContext";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import type { CheckOutcome } from "../ports";

function renderSummary(outcome: CheckOutcome, language = "en-US") {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <CheckSummary outcome={outcome} />
      </I18nProvider>
    </FluentProvider>,
  );
  return screen.queryByTestId("summary-state");
}

const fileFinding = (code: string, severity: "error" | "warning" | "notice") =>
  makeFinding({ code, severity, row: null, column: null, params: {}, message: code });

describe("the summary's line for each kind of outcome", () => {
  it("an empty sheet: says what to do first, and shows no counts", () => {
    const state = renderSummary(makeOutcome([fileFinding("file-no-header", "error")], { records: 0 }));
    expect(state?.getAttribute("data-state")).toBe("emptySheet");
    expect(state?.textContent).toBe(
      "This sheet is empty. Insert the template or open a CSV file, add your deals, then check again.",
    );
    expect(screen.queryByTestId("summary-errors")).toBeNull();
  });

  it("a header row without records: asks for deals below it, and keeps the header's counts", () => {
    const findings = [
      fileFinding("no-records", "warning"),
      makeFinding({ code: "header-missing-required", row: 1, params: { column: "Deal Name" } }),
    ];
    const state = renderSummary(makeOutcome(findings, { records: 0 }));
    expect(state?.getAttribute("data-state")).toBe("noRecords");
    expect(state?.textContent).toBe(
      "The header row is there, but no deals are below it yet. Add one deal per row, then check again.",
    );
    expect(screen.getByTestId("summary-errors").textContent).toContain("1");
  });

  it("no findings: ready to save", () => {
    const state = renderSummary(makeOutcome([], { records: 12 }));
    expect(state?.getAttribute("data-state")).toBe("clean");
    expect(state?.textContent).toBe("No problems found. The sheet is ready to save.");
  });

  it("only findings for information: ready to save, and says the rest is for information", () => {
    const notices = [
      fileFinding("delimiter-not-comma", "notice"),
      fileFinding("delimiter-sep-line", "notice"),
    ];
    const state = renderSummary(makeOutcome(notices, { records: 5 }));
    expect(state?.getAttribute("data-state")).toBe("onlyNotices");
    expect(state?.textContent).toBe(
      "No errors or warnings: the sheet is ready to save. 2 findings below are only for your information.",
    );
  });

  it("a warning among them: no line, the findings are the message", () => {
    const findings = [fileFinding("delimiter-not-comma", "notice"), makeFinding({ severity: "warning" })];
    expect(renderSummary(makeOutcome(findings))).toBeNull();
  });

  it("speaks the pane's language", () => {
    const state = renderSummary(
      makeOutcome([fileFinding("file-no-header", "error")], { records: 0 }),
      "de-DE",
    );
    expect(state?.textContent).toMatch(/^Dieses Blatt ist leer\./);
  });
});
