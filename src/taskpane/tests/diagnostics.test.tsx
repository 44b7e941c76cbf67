/** @jest-environment jsdom */
// Help and diagnostics: Copy diagnostics puts the host's facts, the last check and the last error on
// the clipboard (and shows them to select where copying fails); the self-test reports in one sentence.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { checkSheet, chooseFromMore, goToStep, renderApp } from "../testing/renderApp";
import { hostError, makeFinding, makeOutcome } from "../testing/fakeOps";

beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));
afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  jest.restoreAllMocks();
});

const status = () => screen.getByRole("status", { name: "Status" }).textContent;

function mockClipboard(): string[] {
  const copied: string[] = [];
  Object.defineProperty(navigator, "clipboard", {
    value: { writeText: async (text: string) => void copied.push(text) },
    configurable: true,
  });
  return copied;
}

describe("Copy diagnostics", () => {
  it("copies the host, the last check and the last unexpected error, and shows the text", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const copied = mockClipboard();
    const { ops } = renderApp({ outcomes: [makeOutcome([makeFinding({ value: "Secret deal" })])] });
    checkSheet();
    await screen.findByTestId("check-summary");
    ops.script.failures = {
      insertTemplate: hostError("WeirdHostFailure", "The host did something odd."),
    };
    goToStep("prepare");
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    await waitFor(() => expect(ops.callsOf("insertTemplate")).toHaveLength(1));

    await chooseFromMore("Help and diagnostics");
    fireEvent.click(screen.getByRole("button", { name: "Copy diagnostics" }));
    await waitFor(() => expect(status()).toBe("Diagnostics copied. Paste them into your support request."));
    expect(copied).toHaveLength(1);
    const text = copied[0];
    expect(text).toContain("Host: Excel on PC, version 16.0.14326.20000");
    expect(text).toContain("ExcelApi requirement sets: 1.1-1.14");
    expect(text).toContain("Last check: 3 records, 1 errors");
    expect(text).toContain("Last error: WeirdHostFailure in template: The host did something odd.");
    expect(text).not.toContain("Secret deal");
    expect((screen.getByRole("textbox", { name: "Diagnostics" }) as HTMLTextAreaElement).value).toBe(text);
  });

  it("says to select the text when the host cannot copy", async () => {
    document.execCommand = () => false;
    renderApp();
    await chooseFromMore("Help and diagnostics");
    fireEvent.click(screen.getByRole("button", { name: "Copy diagnostics" }));
    await waitFor(() =>
      expect(status()).toBe("Could not copy: select the diagnostics text below and copy it."),
    );
    expect((screen.getByRole("textbox", { name: "Diagnostics" }) as HTMLTextAreaElement).value).toMatch(
      /^Co-sell Upload Checker diagnostics/,
    );
  });
});

describe("Run self-test", () => {
  it("reports a pass in one sentence", async () => {
    const { ops } = renderApp();
    await chooseFromMore("Help and diagnostics");
    fireEvent.click(screen.getByRole("button", { name: "Run self-test" }));
    await waitFor(() =>
      expect(status()).toBe(
        "Self-test passed: everything the add-in does works in this Excel. The test sheet was removed.",
      ),
    );
    expect(ops.callsOf("selfTest")).toHaveLength(1);
  });

  it("counts the failed operations, and Copy diagnostics then names them", async () => {
    const copied = mockClipboard();
    renderApp({
      selfTest: [
        { step: "addSheet", outcome: "passed" },
        { step: "comment", outcome: "failed", detail: "NotImplemented: comments are not supported" },
        { step: "deleteSheet", outcome: "passed" },
      ],
    });
    await chooseFromMore("Help and diagnostics");
    fireEvent.click(screen.getByRole("button", { name: "Run self-test" }));
    await waitFor(() =>
      expect(status()).toBe("Self-test: 1 operation failed. Copy diagnostics to see which."),
    );
    fireEvent.click(screen.getByRole("button", { name: "Copy diagnostics" }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toContain("  comment: failed (NotImplemented: comments are not supported)");
  });
});
