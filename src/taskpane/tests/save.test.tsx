/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkSheet, goToStep, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import { pretendLayout } from "../testing/jsdomLayout";
import { recordDownloads } from "../testing/downloads";
import { csvFile } from "../save/download";

pretendLayout();

const { blobs, clicked } = recordDownloads();

const status = () => screen.getByRole("status", { name: "Status" }).textContent;

/** The bytes of a blob (read as bytes: a text read would drop the byte order mark). */
function readBytes(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const twoFiles = [
  csvFile("co-sell-1.csv", "\uFEFFDeal Name\r\nA\r\n", 1000),
  csvFile("co-sell-2.csv", "\uFEFFDeal Name\r\nB\r\n", 5),
];

describe("save", () => {
  it("re-checks, then downloads the file at once through a temporary link, with BOM on by default", async () => {
    const { ops } = renderApp({ files: [twoFiles[1]] });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    // The re-check is followed by a header check (Prepare's line); let it land before reading blobs.
    await waitFor(() => expect(ops.callsOf("checkHeader")).toHaveLength(2));
    expect(ops.callsOf("check")).toHaveLength(1);
    // Save reads the sheet for the error count without marking it.
    expect(ops.callsOf("check")[0][0]).toEqual({ dateOrder: "auto", highlight: false });
    expect(ops.callsOf("buildCsv")).toEqual([[{ split: false, bom: true, dateOrder: "auto" }]]);
    expect(clicked.map((link) => link.download)).toEqual(["co-sell-2.csv"]);
    const bytes = await readBytes(blobs[0]);
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(String.fromCharCode(...bytes.slice(3))).toBe("Deal Name\r\nB\r\n");
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(document.querySelectorAll("a[download]")).toHaveLength(0);
    // Only the browser knows whether the file was saved: the status says the download started.
    expect(status()).toBe(
      "Download of co-sell-2.csv started (records: 5): your browser saves it in its downloads folder, or asks where.",
    );
    // The file stays offered: download again, or copy its text.
    fireEvent.click(screen.getByRole("button", { name: "Download co-sell-2.csv" }));
    expect(clicked).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Copy CSV text of co-sell-2.csv" }).textContent).toBe(
      "Copy CSV text",
    );
    // No text box unless asked for: the file is downloadable here.
    expect(screen.queryByRole("textbox", { name: /co-sell-2\.csv/ })).toBeNull();
  });

  it("a split save offers one Download button per part instead of starting several downloads", async () => {
    renderApp({ files: twoFiles });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    await waitFor(() =>
      expect(status()).toBe(
        "2 files are ready: download each part with its button below, then upload them one by one.",
      ),
    );
    expect(clicked).toHaveLength(0);
    const parts = screen.getAllByTestId("saved-file").map((part) => part.textContent);
    expect(parts[0]).toMatch("co-sell-1.csv (records: 1,000)");
    expect(parts[1]).toMatch("co-sell-2.csv (records: 5)");
    fireEvent.click(screen.getByRole("button", { name: "Download co-sell-2.csv" }));
    expect(clicked.map((link) => link.download)).toEqual(["co-sell-2.csv"]);
    expect(status()).toMatch("Download of co-sell-2.csv started (records: 5)");
    fireEvent.click(screen.getByRole("button", { name: "Download co-sell-1.csv" }));
    expect(clicked.map((link) => link.download)).toEqual(["co-sell-2.csv", "co-sell-1.csv"]);
    expect(String.fromCharCode(...(await readBytes(blobs[1])).slice(3))).toBe("Deal Name\r\nA\r\n");
  });

  it("copies a file's CSV text (without the byte order mark) beside its download", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    renderApp({ files: twoFiles });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    fireEvent.click(await screen.findByRole("button", { name: "Copy CSV text of co-sell-1.csv" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith("Deal Name\r\nA\r\n"));
    await waitFor(() => expect(status()).toBe("Copied the CSV text of co-sell-1.csv to the clipboard."));
    expect(clicked).toHaveLength(0);
  });

  it("when copying is refused, shows the text to select by hand", async () => {
    const writeText = jest.fn().mockRejectedValue(new Error("NotAllowedError"));
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    renderApp({ files: [twoFiles[1]] });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    fireEvent.click(await screen.findByRole("button", { name: "Copy CSV text of co-sell-2.csv" }));
    const text = await screen.findByRole("textbox", { name: "co-sell-2.csv (records: 5)" });
    expect(text).toHaveProperty("value", "Deal Name\nB\n");
    expect(status()).toBe("Could not copy: select the text below and copy it with Ctrl+C (Cmd+C on a Mac).");
  });

  it("passes the options the user chose", async () => {
    const { ops } = renderApp({}, { step: "save" });
    fireEvent.click(screen.getByRole("checkbox", { name: "Split into files of at most 1,000 records" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Mark the file as UTF-8/ }));
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    await waitFor(() =>
      expect(ops.callsOf("buildCsv")).toEqual([[{ split: true, bom: false, dateOrder: "auto" }]]),
    );
  });

  it("turns split on by default when the last check found more than 1,000 records", async () => {
    renderApp({ outcomes: [makeOutcome([], { records: 1500 })] }, { step: "save" });
    const split = screen.getByRole("checkbox", { name: "Split into files of at most 1,000 records" });
    expect(split).toHaveProperty("checked", false);
    checkSheet();
    await waitFor(() => expect(split).toHaveProperty("checked", true));
  });

  it("with errors left, says how many and saves only after Save anyway", async () => {
    const errors = [
      makeFinding(),
      makeFinding({ row: 3 }),
      makeFinding({ severity: "warning", code: "phone-invalid" }),
    ];
    const { ops } = renderApp({ outcomes: [makeOutcome(errors)] });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Errors remain" });
    expect(dialog.textContent).toMatch(
      "2 errors remain. Partner Center will reject the rows with errors. Save anyway?",
    );
    expect(ops.callsOf("buildCsv")).toHaveLength(0);
    fireEvent.click(await within(dialog).findByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(ops.callsOf("buildCsv")).toHaveLength(1);
  });

  it("with errors left, Cancel saves nothing", async () => {
    const { ops } = renderApp({ outcomes: [makeOutcome([makeFinding()])] });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toMatch("1 error remains.");
    fireEvent.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(ops.callsOf("buildCsv")).toHaveLength(0);
    expect(clicked).toHaveLength(0);
  });

  it.each(["Mac", "iOS"])(
    "on %s shows each file as read-only text with Copy CSV text instead of downloading",
    async (platform) => {
      const writeText = jest.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
      renderApp({ files: twoFiles }, { platform });
      goToStep("save");
      fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
      const text = await screen.findByRole("textbox", { name: "co-sell-2.csv (records: 5)" });
      // A textarea reports line breaks as \n; the clipboard below gets the file's own \r\n.
      expect(text).toHaveProperty("value", "Deal Name\nB\n");
      expect(text).toHaveProperty("readOnly", true);
      expect(clicked).toHaveLength(0);
      expect(screen.queryByRole("button", { name: /^Download/ })).toBeNull();
      expect(screen.getByText(/Excel on Mac and iPad cannot download files from an add-in/)).toBeTruthy();
      expect(status()).toBe(
        "The CSV text of 2 files is ready below: copy each, paste it into a text editor and save it as a UTF-8 .csv file.",
      );
      fireEvent.click(screen.getByRole("button", { name: "Copy CSV text of co-sell-2.csv" }));
      await waitFor(() => expect(writeText).toHaveBeenCalledWith("Deal Name\r\nB\r\n"));
      await waitFor(() => expect(status()).toBe("Copied the CSV text of co-sell-2.csv to the clipboard."));
    },
  );

  it("a failed save shows the friendly error and downloads nothing", async () => {
    renderApp({ failures: { buildCsv: Object.assign(new Error("x"), { code: "AccessDenied" }) } });
    goToStep("save");
    fireEvent.click(screen.getByRole("button", { name: "Save as CSV" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/The sheet is protected/);
    expect(clicked).toHaveLength(0);
  });
});
