/** @jest-environment jsdom */
// "Findings report": nothing is written until asked; then a new sheet (in the UI language) or a CSV
// (downloaded, or text to copy on Mac and iPad).
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readCsvText } from "../../core/csv";
import type { FindingsReportRequest } from "../ports";
import { goToTab, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import { pretendLayout } from "../testing/jsdomLayout";
import { recordDownloads } from "../testing/downloads";

pretendLayout();

const { blobs, clicked } = recordDownloads();

const status = () => screen.getByRole("status", { name: "Status" }).textContent;

const findings = [
  makeFinding({
    code: "country-not-alpha2",
    row: 12,
    column: "Customer Country",
    cell: "K12",
    at: { row: 11, col: 10 },
    value: "USA",
    params: { column: "Customer Country", value: "USA", fix: "US" },
    message: 'Customer Country value "USA" must be a two-letter country code: use "US".',
    fix: "US",
  }),
  makeFinding({ row: 3, cell: "D3", at: { row: 2, col: 3 }, value: "=1+1" }),
];

async function checked(platform = "PC", language = "en-US") {
  const view = renderApp({ outcomes: [makeOutcome(findings)] }, { platform, language });
  goToTab(language.startsWith("de") ? "Prüfen" : "Check");
  fireEvent.click(screen.getByRole("button", { name: /^(Check sheet|Blatt prüfen)$/ }));
  // The check and the move to Review & fix take longer than findBy's 1 s on a loaded CI machine.
  await screen.findByRole("button", { name: /^(Findings report|Befundbericht)$/ }, { timeout: 15000 });
  return view;
}

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("findings report", () => {
  it("writes nothing until asked: a check alone adds no sheet and downloads nothing", async () => {
    const { ops } = await checked();
    fireEvent.click(screen.getByRole("button", { name: "Findings report" }));
    await screen.findByRole("menuitem", { name: "List them on a new sheet" });
    expect(ops.callsOf("writeFindingsReport")).toEqual([]);
    expect(clicked).toEqual([]);
  });

  it("lists every finding on a new sheet, in reading order, and says where", async () => {
    const { ops } = await checked();
    fireEvent.click(screen.getByRole("button", { name: "Findings report" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "List them on a new sheet" }));
    await waitFor(() => expect(ops.callsOf("writeFindingsReport")).toHaveLength(1));
    const [request] = ops.callsOf("writeFindingsReport")[0] as [FindingsReportRequest];
    expect(request.sheetName).toBe("Findings");
    expect(request.rows[0]).toEqual([
      "Row",
      "Cell",
      "Column",
      "Severity",
      "Rule",
      "Code",
      "Message",
      "Value",
      "Fix",
    ]);
    expect(request.rows.slice(1).map((r) => r[request.linkColumn])).toEqual(["D3", "K12"]);
    expect(request.rows[2]).toEqual([
      "12",
      "K12",
      "Customer Country",
      "Error",
      "Country not a 2-letter code",
      "country-not-alpha2",
      'Customer Country value "USA" must be a two-letter country code: use "US".',
      "USA",
      "US",
    ]);
    // Raw text for the sheet (its cells are Text): no ="…" wrapping.
    expect(request.rows[1][7]).toBe("=1+1");
    await waitFor(() =>
      expect(status()).toBe(
        "Listed 2 findings on the new sheet “Findings”; each cell address there opens its cell.",
      ),
    );
    expect(clicked).toEqual([]);
  });

  it("words the sheet in the UI language", async () => {
    const { ops } = await checked("PC", "de-DE");
    fireEvent.click(screen.getByRole("button", { name: "Befundbericht" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Auf einem neuen Blatt auflisten" }));
    await waitFor(() => expect(ops.callsOf("writeFindingsReport")).toHaveLength(1));
    const [request] = ops.callsOf("writeFindingsReport")[0] as [FindingsReportRequest];
    expect(request.sheetName).toBe("Befunde");
    expect(request.rows[0][3]).toBe("Schweregrad");
    expect(request.rows[2][3]).toBe("Fehler");
    expect(request.rows[2][6]).toContain("„USA“");
  });

  it("downloads the same rows as a CSV, with formula-like texts made safe", async () => {
    const { ops } = await checked();
    fireEvent.click(screen.getByRole("button", { name: "Findings report" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Download as CSV" }));
    await waitFor(() => expect(clicked.map((link) => link.download)).toEqual(["findings.csv"]));
    const read = readCsvText((await readText(blobs[0])).replace(/^\uFEFF/, ""));
    if (!read.ok) throw new Error("unreadable");
    expect(read.table.rows).toHaveLength(3);
    expect(read.table.rows[1][7]).toBe('="=1+1"');
    expect(read.table.rows[2][1]).toBe("K12");
    expect(status()).toBe("Download of findings.csv started (2 findings).");
    expect(ops.callsOf("writeFindingsReport")).toEqual([]);
  });

  it("on Mac shows the CSV as text to copy instead of downloading", async () => {
    await checked("Mac");
    fireEvent.click(screen.getByRole("button", { name: "Findings report" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Show as CSV text to copy" }));
    const box = (await screen.findByRole("textbox", { name: /findings\.csv/ })) as HTMLTextAreaElement;
    expect(box.value.startsWith("Row,Cell,Column,Severity,Rule")).toBe(true);
    expect(clicked).toEqual([]);
    expect(status()).toBe("The findings report is ready below as CSV text: copy it.");
  });
});
