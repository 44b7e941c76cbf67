// The whole partner journey in the real task pane (production build, headless Chromium, simulated
// Excel host): template → dropdowns → paste a sample with mistakes → check → go to a finding →
// fix → restore → fix again → save as CSV → Partner Center's processed file → keep failed rows.
// Every step asserts on the sheet itself (window.__sim) and leaves a screenshot in test-results/.
import type { Page } from "playwright-core";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { type OpenedPage, openPlayground, openTaskpane, screenshotPath, useTestBrowser } from "./browser";
import {
  activeSheet,
  areaOf,
  checkSheet,
  columnLetters,
  coreResult,
  findingButton,
  goToStep,
  insertTemplate,
  openGroup,
  paste,
  readExample,
  sheetValues,
  waitForStatus,
  waitForStep,
  workbookFingerprint,
  checkPlaygroundSample,
} from "./taskpaneDriver";
import { templateHeader } from "../../src/core";

const run = useTestBrowser();

const shot = (page: Page, name: string) =>
  page.screenshot({ path: screenshotPath(`journey-${name}`), fullPage: true });

const mistakes = readExample("mistakes.csv");
const header = mistakes[0];
const records = mistakes.slice(1);
const area = areaOf(mistakes.length, header.length);
const expected = coreResult(mistakes);
const notices = expected.findings.filter((f) => f.severity === "notice");

describe("the partner journey on Windows (downloads)", () => {
  let opened: OpenedPage;
  let page: Page;
  let sheet: string;

  beforeAll(async () => {
    opened = await openTaskpane(run.browser, run.server.origin);
    page = opened.page;
    await page.getByRole("heading", { name: "Co-sell Upload Checker" }).waitFor();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("inserts the template with 2 Solution and 2 Team member columns", async () => {
    await insertTemplate(page, 2, 2);
    sheet = await activeSheet(page);
    const wanted = templateHeader({ solutionColumns: 2, teamMemberColumns: 2 });
    // The sample's header is the same template: pasting its records under it lines up.
    expect(header).toEqual(wanted);
    // The header row and nothing to its right.
    expect(await sheetValues(page, sheet, areaOf(1, wanted.length + 1))).toEqual([[...wanted, ""]]);
    await shot(page, "1-template");
  });

  it("adds dropdowns: Partner Referral Status data cells get a list validation", async () => {
    await page.getByRole("button", { name: "Add dropdowns" }).click();
    await waitForStatus(page, /Dropdowns added to \d+ columns/);
    // The template is ready: the pane moves on to Check.
    await waitForStep(page, "check");
    const letter = columnLetters(header.indexOf("Partner Referral Status"));
    const offered = await page.evaluate(
      ([s, cells]) =>
        cells.map((a1) => {
          const sim = window.__sim;
          const list = sim.sheet(s).cell(a1).validation?.rule?.list as
            { inCellDropDown: boolean; source: string } | undefined;
          if (!list?.inCellDropDown) return null;
          // The source is a workbook name over the lists sheet: read what the dropdown offers.
          const named = sim.names().find((n) => `=${n.name}`.toLowerCase() === list.source.toLowerCase());
          if (!named) return [`unresolved ${list.source}`];
          const [, sheetName, area] = /^'?(.*?)'?!(.+)$/.exec(named.reference) ?? [];
          return sim
            .sheet(sheetName.replace(/''/g, "'"))
            .values(area.replace(/\$/g, ""))
            .flat()
            .filter((v) => v !== "");
        }),
      [sheet, [`${letter}2`, `${letter}${records.length + 1}`, `${letter}5001`]] as const,
    );
    // First and last data row of the sample and the template's last row; not the header.
    expect(offered[0]).toEqual(["New", "Active", "Closed"]);
    expect(offered[1]).toEqual(offered[0]);
    expect(offered[2]).toEqual(offered[0]);
    expect(
      await page.evaluate(([s, a1]) => window.__sim.sheet(s).cell(a1).validation, [
        sheet,
        `${letter}1`,
      ] as const),
    ).toBeNull();
    await shot(page, "2-dropdowns");
  });

  it("pastes the sample with mistakes; text cells keep every character", async () => {
    await paste(page, sheet, "A2", records);
    expect(await sheetValues(page, sheet, area)).toEqual(mistakes);
  });

  it("checks the sheet and shows the core's counts", async () => {
    const status = await checkSheet(page);
    const { error, warning, notice } = expected.summary;
    // Hard numbers too, so that a core change shows up here (test/cli/examples.test.ts pins them).
    expect(expected.summary).toEqual({ error: 6, warning: 2, notice: 6 });
    expect(status).toBe(`Check complete. Errors: ${error}. Warnings: ${warning}. Info: ${notice}.`);
    // Findings to work through: the pane moves on to Review & fix; the counts stay under Check.
    await waitForStep(page, "review");
    await goToStep(page, "check");
    const count = (key: string) => page.getByTestId(`summary-${key}`).locator("dd").textContent();
    expect(await count("records")).toBe(String(records.length));
    expect(await count("errors")).toBe(String(error));
    expect(await count("warnings")).toBe(String(warning));
    expect(await count("notices")).toBe(String(notice));
    await shot(page, "3-checked");
    await goToStep(page, "review");
  });

  it("selects the cell of a clicked finding, and that cell carries our error mark", async () => {
    const finding = expected.findings.find((f) => f.code === "country-not-alpha2");
    expect(finding?.cell).toBe("K6");
    await openGroup(page, "Customer Country");
    await findingButton(page, "K6").click();
    await page.waitForFunction(() => window.__sim.selection?.endsWith("!K6"));
    expect(await page.evaluate(() => window.__sim.selection)).toBe(`${quoted(sheet)}!K6`);
    const marks = await page.evaluate(
      ([s]) =>
        window.__sim
          .sheet(s)
          .cell("K6")
          .conditionalFormats.map((cf) => cf.formula),
      [sheet] as const,
    );
    expect(marks.some((formula) => formula?.includes("cosell-check:error"))).toBe(true);
    // A cell without findings carries no mark.
    const clean = await page.evaluate(([s]) => window.__sim.sheet(s).cell("D2").conditionalFormats.length, [
      sheet,
    ] as const);
    expect(clean).toBe(0);
    await shot(page, "4-finding-selected");
  });

  it("applies every notice's fix through the preview dialog", async () => {
    await page.getByRole("button", { name: `Apply the safe fixes (${notices.length})` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`Apply ${notices.length} fixes?`).waitFor();
    expect(await dialog.getByTestId("fix-preview-list").locator("li").count()).toBe(notices.length);
    await shot(page, "5-fix-preview");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await waitForStatus(page, new RegExp(`Changed ${notices.length} cells`));
    const after = await sheetValues(page, sheet, area);
    for (const f of notices) {
      const at = f.at as { row: number; col: number };
      expect({ cell: f.cell, value: after[at.row][at.col] }).toEqual({ cell: f.cell, value: f.fix });
    }
    // Nothing else changed.
    const untouched = new Set(notices.map((f) => `${f.at?.row},${f.at?.col}`));
    after.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!untouched.has(`${r},${c}`)) expect(value).toBe(mistakes[r][c]);
      }),
    );
    await shot(page, "6-fixed");
  });

  it("restores every fixed cell exactly, then fixes again", async () => {
    await page
      .getByRole("button", { name: "Undo last change: put back what the add-in last changed" })
      .click();
    await waitForStatus(page, new RegExp(`Restored ${notices.length} cells`));
    expect(await sheetValues(page, sheet, area)).toEqual(mistakes);
    const formats = await page.evaluate(
      ([s, cells]) => cells.map((c) => window.__sim.sheet(s).cell(c).numberFormat),
      [sheet, notices.map((f) => f.cell as string)] as const,
    );
    expect(formats).toEqual(notices.map(() => "@"));
    await shot(page, "7-restored");

    await checkSheet(page);
    await page.getByRole("button", { name: `Apply the safe fixes (${notices.length})` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
    await waitForStatus(page, new RegExp(`Changed ${notices.length} cells`));
  });

  it("asks before saving with errors; Cancel saves nothing, Save anyway downloads the CSV bytes", async () => {
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    const remaining = expected.summary.error;
    await goToStep(page, "save");
    await page.getByRole("button", { name: "Save as CSV" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByText(`${remaining} errors remain.`, { exact: false }).waitFor();
    await shot(page, "8-save-confirm");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await confirm.waitFor({ state: "hidden" });
    expect(downloads).toEqual([]);

    await page.getByRole("button", { name: "Save as CSV" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("alertdialog").getByRole("button", { name: "Save anyway" }).click(),
    ]);
    const bytes = await readFile(await download.path());
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split("\r\n");
    // Every line break is CRLF: no bare LF outside quoted cells in this sample.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(header.join(","));
    expect(lines).toHaveLength(mistakes.length + 1); // trailing CRLF
    expect(lines[mistakes.length]).toBe("");
    // W4 was "usd": the fixed value is in the file.
    expect(lines[3].split(",")[header.indexOf("Currency")]).toBe("USD");
    // The file holds exactly the sheet's cells, row for row.
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toEqual(await sheetValues(page, sheet, area));
    await waitForStatus(page, /^Download of .+\.csv started \(records: 13\)/);
    await shot(page, "9-saved");
  });

  it("shows Partner Center's errors of a processed file and keeps only the failed rows", async () => {
    const clean = readExample("clean.csv");
    const errorsCol = clean[0].indexOf("Errors");
    expect(errorsCol).toBe(0);
    const rejected = new Map([
      [2, "Invalid Customer Postal code; Customer D-U-N-S ID not found"],
      [5, "Deal value must be positive"],
    ]);
    const processed = clean.map((row, r) =>
      row.map((v, c) => (c === errorsCol && rejected.has(r) ? (rejected.get(r) as string) : v)),
    );
    await page.evaluate(
      ([rows]) => {
        window.__sim.addSheet("Processed", rows);
        window.__sim.activate("Processed");
      },
      [processed] as const,
    );
    await checkSheet(page);
    // A processed file: the check leads to After upload.
    await waitForStep(page, "afterUpload");
    await page.getByText(/Partner Center rejected 2 rows/).waitFor();
    const pcRule = page.getByTestId("rule-partner-center-error");
    expect(await pcRule.getByTestId("rule-title").textContent()).toBe("Rejected by Partner Center");
    expect(await pcRule.getByTestId("rule-count").textContent()).toBe("3");
    await openGroup(page, "Errors");
    const review = page.getByRole("region", { name: "Findings" });
    // One finding per message, each with the Partner Center badge and Partner Center's own words.
    expect(await review.getByText("Partner Center", { exact: true }).count()).toBe(3);
    for (const message of [
      "Invalid Customer Postal code",
      "Customer D-U-N-S ID not found",
      "Deal value must be positive",
    ])
      await review
        .getByText(`Partner Center rejected this row last time: ${message}`, { exact: true })
        .waitFor();
    await shot(page, "10-processed");

    await goToStep(page, "afterUpload");
    await page.getByRole("button", { name: "Keep only failed rows" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Keep failed rows" }).click();
    await waitForStatus(page, /Failed rows kept: 2\. Accepted rows moved to sheet Succeeded rows: 8\./);
    const width = clean[0].length;
    const succeeded = processed.filter((_row, r) => r === 0 || !rejected.has(r));
    const failed = processed.filter((_row, r) => r === 0 || rejected.has(r));
    expect(await sheetValues(page, "Succeeded rows", areaOf(succeeded.length + 1, width))).toEqual([
      ...succeeded,
      Array(width).fill(""),
    ]);
    expect(await sheetValues(page, "Processed", areaOf(failed.length + 1, width))).toEqual([
      ...failed,
      Array(width).fill(""),
    ]);
    await shot(page, "11-kept-failed");
    expect(opened.pageErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});

/** UPDATE_DOCS_SCREENSHOTS=1 refreshes the README's copies in docs/screenshots/. */
async function copyToDocs(path: string, name: string): Promise<void> {
  const docs = join(__dirname, "..", "..", "docs", "screenshots");
  await mkdir(docs, { recursive: true });
  await copyFile(path, join(docs, name));
}

function quoted(sheetName: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

describe("on a Mac and in edit mode", () => {
  it("shows the CSV as copyable text instead of downloading on a Mac", async () => {
    const { page, pageErrors } = await openTaskpane(run.browser, run.server.origin, { platform: "Mac" });
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    const clean = readExample("clean.csv");
    await insertTemplate(page, 2, 2);
    await paste(page, await activeSheet(page), "A2", clean.slice(1));
    await goToStep(page, "save");
    await page.getByRole("button", { name: "Save as CSV" }).click();
    await waitForStatus(page, /The CSV text of 1 file is ready below/);
    await page.getByText(/Excel on Mac and iPad cannot download files/).waitFor();
    const text = await page.getByRole("textbox").last().inputValue();
    // The copy has no byte order mark (invisible in an editor); the header comes first.
    expect(text.startsWith(clean[0].join(","))).toBe(true);
    expect(text.split(/\r?\n/).filter((l) => l !== "").length).toBeGreaterThan(clean.length - 1);
    await page.getByRole("button", { name: /^Copy CSV text of .+\.csv$/ }).waitFor();
    await page.screenshot({ path: screenshotPath("journey-mac-text"), fullPage: true });
    expect(downloads).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("says in one sentence that Excel is editing a cell, and changes nothing", async () => {
    const { page } = await openTaskpane(run.browser, run.server.origin);
    await insertTemplate(page, 2, 2);
    await paste(page, await activeSheet(page), "A2", records);
    const before = await workbookFingerprint(page);
    await page.evaluate(() => window.__sim.setEditMode(true));
    await goToStep(page, "check");
    await page.getByRole("button", { name: "Check sheet" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText(/Excel is editing a cell/).waitFor();
    expect(await alert.textContent()).toContain(
      "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
    );
    await page.evaluate(() => window.__sim.setEditMode(false));
    expect(await workbookFingerprint(page)).toBe(before);
    await page.screenshot({ path: screenshotPath("journey-edit-mode"), fullPage: true });
    await page.context().close();
  });
});

describe("playground", () => {
  it("shows the sample checked: marks in the grid beside the task pane's findings", async () => {
    const { page } = await openPlayground(run.browser, run.server.origin, { height: 800 });
    await checkPlaygroundSample(page);
    await openGroup(page, "Customer Country");
    await findingButton(page, "K6").click();
    // The grid paints our error mark's fill on the finding's cell.
    const fill = await page
      .locator('td[data-address="K6"]')
      .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(fill).toBe("rgb(255, 199, 206)"); // MARK_COLORS.error, #FFC7CE
    // The grid scrolls to the selected cell, as Excel does.
    expect(await page.locator('td[data-address="K6"]').getAttribute("aria-selected")).toBe("true");
    const path = screenshotPath("playground-checked");
    await page.screenshot({ path });
    if (process.env.UPDATE_DOCS_SCREENSHOTS) await copyToDocs(path, "playground-checked.png");
    await page.close();
  });
});
