/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { fileFinding } from "../../core/findings";
import type { OpenCsvOutcome } from "../ports";
import { checkSheet, goToTab, renderApp } from "../testing/renderApp";
import { makeOutcome } from "../testing/fakeOps";

beforeEach(() => {
  window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1");
});

const status = () => screen.getByRole("status", { name: "Status" }).textContent;

function pick(bytes: number[], name = "deals.csv") {
  const file = new File([new Uint8Array(bytes)], name, { type: "text/csv" });
  fireEvent.change(screen.getByTestId("open-csv-input"), { target: { files: [file] } });
}

const opened = (overrides: Partial<Extract<OpenCsvOutcome, { ok: true }>> = {}): OpenCsvOutcome => ({
  ok: true,
  sheetName: "deals",
  originalSheetName: "CoSell original - deals",
  records: 352,
  columns: 57,
  encoding: "UTF-8",
  delimiter: ",",
  fileFindings: [],
  headerStyled: true,
  ...overrides,
});

describe("Open CSV file", () => {
  it("is Prepare's first action (most users start from Partner Center's file) and opens the file picker", () => {
    renderApp({}, { step: "prepare" });
    const input = screen.getByTestId("open-csv-input");
    const clicked = jest.spyOn(input, "click").mockImplementation(() => undefined);
    const prepare = screen.getByRole("region", { name: "Prepare" });
    const buttons = [...prepare.querySelectorAll("button")].map((b) => b.textContent);
    const first = buttons.findIndex((text) => text === "Open CSV file…" || text === "Insert template");
    expect(buttons[first]).toBe("Open CSV file…");
    fireEvent.click(screen.getByRole("button", { name: "Open CSV file…" }));
    expect(clicked).toHaveBeenCalled();
  });

  it("hands the file's bytes to openCsv unchanged and says where it went and how it was read", async () => {
    const { ops } = renderApp({ opened: opened() }, { step: "prepare" });
    // A BOM, a Windows-1252 é (0xE9) and a CR: the pane must not decode or tidy anything.
    const bytes = [0xef, 0xbb, 0xbf, 0x41, 0x2c, 0xe9, 0x0d, 0x0a, 0x30, 0x31];
    pick(bytes);
    await waitFor(() => expect(ops.callsOf("openCsv")).toHaveLength(1));
    const [file] = ops.callsOf("openCsv")[0] as [{ name: string; bytes: Uint8Array }];
    expect(file.name).toBe("deals.csv");
    expect([...file.bytes]).toEqual(bytes);
    await waitFor(() =>
      expect(status()).toBe(
        "Opened deals.csv on sheet deals: 352 records, read as UTF-8 with values separated by commas. Next, select Check sheet.",
      ),
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names a semicolon-separated Windows-1252 file as such, with one record in the singular", async () => {
    renderApp(
      { opened: opened({ records: 1, encoding: "Windows-1252", delimiter: ";" }) },
      { step: "prepare" },
    );
    pick([0x41]);
    await waitFor(() =>
      expect(status()).toBe(
        "Opened deals.csv on sheet deals: 1 record, read as Windows-1252 with values separated by semicolons. Next, select Check sheet.",
      ),
    );
  });

  it("says so when the header could not be formatted, and lists warnings from reading the file", async () => {
    renderApp(
      {
        opened: opened({
          delimiter: "\t",
          headerStyled: false,
          fileFindings: [
            fileFinding({ code: "delimiter-not-comma", params: { delimiter: "tab" }, severity: "notice" }),
            fileFinding({ code: "file-ends-mid-character", severity: "warning" }),
          ],
        }),
      },
      { step: "prepare" },
    );
    pick([0x41]);
    await waitFor(() => expect(status()).toMatch("values separated by tabs."));
    expect(status()).toMatch("The header row could not be formatted, but every cell of the file is there.");
    const list = screen.getByRole("list", { name: "Found while reading the file" });
    // The notice is already in the sentence; only the warning is listed.
    expect(list.textContent).toBe(
      "The file ends in the middle of a character, so it may have been cut off; check its last row.",
    );
  });

  it("shows progress while the file is written, and Cancel stops it with nothing added", async () => {
    const { ops } = renderApp({ holdOpen: true }, { step: "prepare" });
    pick([0x41]);
    await waitFor(() => expect(ops.callsOf("openCsv")).toHaveLength(1));
    // Unavailable but still focusable, so keyboard focus does not fall to the page; a click does nothing.
    const busyButton = screen.getByRole("button", { name: "Opening…" });
    expect(busyButton.getAttribute("aria-disabled")).toBe("true");
    expect(busyButton).toHaveProperty("disabled", false);
    fireEvent.click(busyButton);
    expect(ops.callsOf("openCsv")).toHaveLength(1);
    act(() => ops.reportProgress(200, 1001));
    expect(await screen.findByText("Written 200 of 1,001 rows")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel opening" }));
    await waitFor(() => expect(status()).toBe("Opening cancelled. Nothing was added to the workbook."));
    const control = ops.callsOf("openCsv")[0][1] as { signal: AbortSignal };
    expect(control.signal.aborted).toBe(true);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it.each([
    [
      "a workbook",
      { kind: "unreadable", finding: fileFinding({ code: "file-binary", params: { kind: "xlsx" } }) },
      "deals.csv was not opened: This file is not a CSV text file; save it from Excel as CSV UTF-8 first.",
    ],
    [
      "too big for a sheet",
      { kind: "too-big", rows: 2_000_000, columns: 3 },
      "deals.csv was not opened: its 2,000,000 rows and 3 columns do not fit in an Excel sheet.",
    ],
    [
      "a cell longer than Excel keeps",
      { kind: "cell-too-long", cell: "AA7", length: 40_000 },
      "deals.csv was not opened: cell AA7 holds 40,000 characters, more than the 32,767 an Excel cell can hold.",
    ],
  ] as const)("refuses %s in one sentence", async (_name, problem, sentence) => {
    renderApp({ opened: { ok: false, problem } as OpenCsvOutcome }, { step: "prepare" });
    pick([0x50, 0x4b, 0x03, 0x04]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(sentence);
    expect(status()).not.toMatch("Opened");
  });

  it("speaks the UI language, the reason of a refusal included", async () => {
    renderApp(
      {
        opened: { ok: false, problem: { kind: "unreadable", finding: fileFinding({ code: "file-empty" }) } },
      },
      { language: "fr-FR" },
    );
    goToTab("Préparer");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir un fichier CSV…" }));
    pick([]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/deals\.csv n’a pas été ouvert : \S/);
    expect(alert.textContent).not.toMatch("The file is empty");
  });

  it("forgets the last check (it described another sheet) and reads the new header", async () => {
    const { ops } = renderApp({ outcomes: [makeOutcome([], { records: 3, sheetName: "Old" })] });
    checkSheet();
    await screen.findByTestId("check-summary");
    const headerChecks = ops.callsOf("checkHeader").length;
    pick([0x41]);
    await waitFor(() => expect(status()).toMatch("Opened deals.csv"));
    // The pane is at Check, ready for the new sheet: no summary of the old one.
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true"),
    );
    expect(screen.queryByTestId("check-summary")).toBeNull();
    await waitFor(() => expect(ops.callsOf("checkHeader").length).toBeGreaterThan(headerChecks));
  });
});
