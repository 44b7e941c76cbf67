// The journey as it starts for most partners, in the playground (production build, headless
// Chromium, simulated Excel): a file as Partner Center or Excel gave it → Open CSV file in the
// pane → Check sheet → Apply the safe fixes → Save as CSV, with the downloaded bytes captured. The
// saved file must re-check clean with the CLI, and no cell may differ from the file as opened
// except where a notice's fix was applied (RULES.md "Saving").
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTable } from "../../src/core/check";
import { readCsv, readCsvText } from "../../src/core/csv";
import { applyFixes } from "../../src/core/fixes";
import type { Finding, Table } from "../../src/core/types";
import { main } from "../../src/cli/main";
import { memoryIo } from "../cli/memoryIo";
import { openPlayground, screenshotPath, useTestBrowser } from "./browser";
import { areaOf, columnLetters, goToStep, waitForStatus } from "./taskpaneDriver";

const run = useTestBrowser();

const FILES = join(__dirname, "..", "fixtures", "journey");

/** The file's table as the checker reads the bytes (decoding and delimiter are the core's). */
function fileTable(name: string): { bytes: Buffer; table: Table } {
  const bytes = readFileSync(join(FILES, name));
  const read = readCsv(bytes);
  if (!read.ok) throw new Error(`${name}: ${read.error.code}`);
  return { bytes, table: read.table };
}

/** The playground's en-US workbook decides ambiguous dates month-first, as the Excel layer does. */
const coreCheck = (table: Table) => checkTable(table, { dateOrderHint: "mdy" });

/** Open CSV file, as a user does: the button opens the browser's file chooser. */
async function openCsvFile(page: Page, name: string, bytes: Buffer): Promise<string> {
  await goToStep(page, "prepare");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open CSV file…" }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "text/csv", buffer: bytes });
  return waitForStatus(page, /^Opened /);
}

async function fixAllNotices(page: Page, count: number): Promise<void> {
  if (count === 0) return;
  await goToStep(page, "review");
  await page.getByRole("button", { name: `Apply the safe fixes (${count})` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
  await waitForStatus(page, new RegExp(`^Changed ${count} cells?\\.`));
}

/** Save as CSV (Save anyway when errors remain) and the downloaded file's bytes. */
async function saveCsv(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await goToStep(page, "save");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as CSV" }).click(),
  ]);
  await waitForStatus(page, /^Download of .+ started/);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function sheetValues(page: Page, sheet: string, area: string): Promise<unknown[][]> {
  return page.evaluate(([s, a]) => window.__sim.sheet(s).values(a), [sheet, area] as const);
}

/** Rows padded to one width, trailing blank rows dropped: how a sheet holds a table. */
function asSheetHolds(t: Table): string[][] {
  const rows = t.rows.slice();
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

/** Cells of `saved` that differ from `opened` without a notice fix to that very value there. */
function silentChanges(opened: Table, saved: Table, findings: readonly Finding[]): string[] {
  const fixes = new Map<string, string[]>();
  for (const f of findings)
    if (f.severity === "notice" && f.fix !== null && f.at) {
      const key = `${f.at.row}:${f.at.col}`;
      fixes.set(key, [...(fixes.get(key) ?? []), f.fix]);
    }
  const want = asSheetHolds(opened);
  const got = asSheetHolds(saved);
  const changed: string[] = [];
  if (got.length !== want.length) changed.push(`rows ${want.length} → ${got.length}`);
  want.forEach((row, r) =>
    row.forEach((value, c) => {
      const now = got[r]?.[c];
      if (now !== value && !(fixes.get(`${r}:${c}`) ?? []).includes(now as string))
        changed.push(`${r}:${c} ${JSON.stringify(value)} → ${JSON.stringify(now)}`);
    }),
  );
  return changed;
}

/** The CLI's verdict on the saved bytes. */
async function cliCheck(bytes: Buffer): Promise<{ exit: number; findings: Finding[] }> {
  const io = memoryIo({ "saved.csv": new Uint8Array(bytes) });
  const exit = await main(["saved.csv", "--json"], io);
  return { exit, findings: JSON.parse(io.stdoutText()).findings as Finding[] };
}

function savedTable(bytes: Buffer): Table {
  // Saved as UTF-8 with a byte order mark, comma-separated, CRLF.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  const read = readCsvText(text);
  if (!read.ok) throw new Error(`the saved file does not read back: ${read.error.code}`);
  expect(read.delimiter).toBe(",");
  return read.table;
}

const column = (t: Table, name: string) => t.rows[0].indexOf(name);

describe.each([
  {
    file: "partner-center-download.csv",
    opened: "10 records, read as UTF-8 with values separated by commas.",
    kept: [
      ["Customer D-U-N-S ID", 1, "081466849"],
      ["Customer D-U-N-S ID", 2, "004321987"],
      ["Customer Postal code", 1, "02134"],
      ["Customer Postal code", 3, "00501"],
      ["Referral ID", 1, "a1b2c3d4-0000-4000-8000-000000000001"],
    ],
    // Day-first: 30/01 proves the column's order, so the ambiguous 03/04 is 3 April.
    normalised: [
      ["Estimated Close Date", 1, "30/01/2026", "1/30/2026"],
      ["Estimated Close Date", 2, "03/04/2026", "4/3/2026"],
    ],
  },
  {
    file: "semicolon-export.csv",
    opened: "10 records, read as UTF-8 with values separated by semicolons.",
    kept: [
      ["Customer Name", 2, "Fabrikam, Inc."],
      ["Customer D-U-N-S ID", 1, "081466849"],
    ],
    normalised: [["Estimated Close Date", 1, "30.01.2026", "1/30/2026"]],
  },
  {
    file: "windows-1252-export.csv",
    opened: "10 records, read as Windows-1252 with values separated by commas.",
    kept: [
      ["Customer Name", 1, "Société Générale"],
      ["Customer City", 2, "München"],
      ["Customer Contact Last Name", 3, "Peña"],
      ["Notes", 4, "Coût estimé : 12 000 € l’année"],
      ["Customer Address Line 1", 5, "Große Straße 5"],
    ],
    normalised: [],
  },
] as const)("$file: Open CSV → check → fix → save", ({ file, opened, kept, normalised }) => {
  let page: Page;
  let pageErrors: string[];
  let foreign: string[];
  const { bytes, table } = fileTable(file);
  const sheet = file.replace(/\.csv$/, "");
  const findings = coreCheck(table).findings;
  const notices = findings.filter((f) => f.severity === "notice" && f.fix !== null).length;

  beforeAll(async () => {
    ({ page, pageErrors, foreignRequests: foreign } = await openPlayground(run.browser, run.server.origin));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("opens the file into a sheet of its own: every cell Text, exactly the file's text", async () => {
    const status = await openCsvFile(page, file, bytes);
    expect(status).toBe(`Opened ${file} on sheet ${sheet}: ${opened} Next, select Check sheet.`);
    expect(await page.evaluate(() => window.__sim.activeSheet)).toBe(sheet);
    const area = areaOf(table.rows.length, table.rows[0].length);
    expect(await sheetValues(page, sheet, area)).toEqual(asSheetHolds(table));
    // Text cells: Excel can never turn 081466849 into a number or 03/04/2026 into a date.
    for (const [name, row] of kept) {
      const a1 = `${columnLetters(column(table, name))}${row + 1}`;
      const cell = await page.evaluate(([s, a]) => window.__sim.sheet(s).cell(a), [sheet, a1] as const);
      expect([name, cell.numberFormat]).toEqual([name, "@"]);
    }
    await page.screenshot({ path: screenshotPath(`open-journey-${sheet}-opened`) });
  });

  it("checks the opened sheet and counts what the core counts", async () => {
    const { error, warning, notice } = coreCheck(table).summary;
    // Opening moves the pane on to Check, except when reading found something (listed in Prepare).
    await goToStep(page, "check");
    await page.getByRole("button", { name: "Check sheet" }).click();
    const status = await waitForStatus(page, /Check complete/);
    expect(status).toBe(`Check complete. Errors: ${error}. Warnings: ${warning}. Info: ${notice}.`);
    expect(error).toBe(0);
  });

  it("fixes every notice, saves, and the downloaded file changed only the cells a notice fixed", async () => {
    await fixAllNotices(page, notices);
    const saved = await saveCsv(page);
    expect(saved.name).toBe(`${sheet}.csv`);
    const back = savedTable(saved.bytes);
    expect(silentChanges(table, back, findings)).toEqual([]);
    for (const [name, row, value] of kept)
      expect([name, back.rows[row][column(back, name)]]).toEqual([name, value]);
    for (const [name, row, before, after] of normalised) {
      expect(table.rows[row][column(table, name)]).toBe(before);
      expect([name, back.rows[row][column(back, name)]]).toEqual([name, after]);
    }
    // The file Partner Center gets checks clean with the CLI.
    const cli = await cliCheck(saved.bytes);
    expect(cli.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([]);
    expect(cli.exit).toBe(0);
    // The sheet and the file agree.
    const area = areaOf(back.rows.length, back.rows[0].length);
    expect(await sheetValues(page, sheet, area)).toEqual(asSheetHolds(back));
    await page.screenshot({ path: screenshotPath(`open-journey-${sheet}-saved`) });
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe("a processed file: Open CSV → check → keep only failed rows → fix → save", () => {
  let page: Page;
  let pageErrors: string[];
  const file = "processed.csv";
  const sheet = "processed";
  const { bytes, table } = fileTable(file);
  const errorsCol = column(table, "Errors");
  const failed: Table = { rows: table.rows.filter((row, r) => r === 0 || row[errorsCol] !== "") };

  beforeAll(async () => {
    ({ page, pageErrors } = await openPlayground(run.browser, run.server.origin));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("shows Partner Center's errors, keeps the failed rows, fixes the notice and saves only those rows", async () => {
    await openCsvFile(page, file, bytes);
    expect(await page.evaluate(() => window.__sim.activeSheet)).toBe(sheet);
    await goToStep(page, "check");
    await page.getByRole("button", { name: "Check sheet" }).click();
    await waitForStatus(page, /Check complete/);
    await page.getByText(/Partner Center rejected 2 rows/).waitFor();
    await page.getByRole("button", { name: "Keep only failed rows" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Keep failed rows" }).click();
    await waitForStatus(page, /Failed rows kept: 2\. Accepted rows moved to sheet Succeeded rows: 8\./);
    expect(failed.rows).toHaveLength(3);

    const findings = coreCheck(failed).findings;
    expect(findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "A2 partner-center-error",
      "A2 partner-center-error",
      "W2 not-canonical",
      "A3 partner-center-error",
      "L3 duns-short",
    ]);
    await fixAllNotices(page, 1);
    const saved = await saveCsv(page);
    const back = savedTable(saved.bytes);
    expect(silentChanges(failed, back, findings)).toEqual([]);
    expect(back.rows[1][column(back, "Currency")]).toBe("USD");
    // A warning's fix is the user's call: the D-U-N-S ID stays as they left it.
    expect(back.rows[2][column(back, "Customer D-U-N-S ID")]).toBe("81466849");
    // Clean for Partner Center: no error; what is left are its own messages and the warning.
    const cli = await cliCheck(saved.bytes);
    expect(cli.exit).toBe(0);
    expect(cli.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "A2 partner-center-error",
      "A2 partner-center-error",
      "A3 partner-center-error",
      "L3 duns-short",
    ]);
    expect(pageErrors).toEqual([]);
  });
});

it("applyFixes is what the journey expects of a fix (sanity of the helper)", () => {
  const { table } = fileTable("partner-center-download.csv");
  const findings = coreCheck(table).findings;
  const fixed = applyFixes(
    table,
    findings.filter((f) => f.severity === "notice"),
  ).table;
  expect(silentChanges(table, fixed, findings)).toEqual([]);
  const broken = { rows: fixed.rows.map((r) => r.slice()) };
  broken.rows[1][column(table, "Customer D-U-N-S ID")] = "81466849";
  expect(silentChanges(table, broken, findings)).toEqual([
    `1:${column(table, "Customer D-U-N-S ID")} "081466849" → "81466849"`,
  ]);
});
