// What a partner does in the task pane, as Playwright steps, plus reads of the simulated workbook
// (window.__sim) so that tests assert on the sheet itself, not only on what the pane says.
import type { Locator, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { checkTable, type CheckResult } from "../../src/core";
import { en, type Strings } from "../../src/taskpane/i18n/en";
import { STEP_LABELS, type Step } from "../../src/taskpane/state/steps";

export const examplesDir = join(__dirname, "..", "..", "examples");

/** An example CSV as rows of text (header first), as a spreadsheet would show it. */
export function readExample(name: string): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(join(examplesDir, name), "utf8"), {
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/**
 * What the core says about the rows, with the simulated host's en-US locale as the date hint
 * (the Excel layer passes the workbook locale's order: M/d/yyyy there).
 */
export function coreResult(rows: string[][]): CheckResult {
  return checkTable({ rows }, { dateOrderHint: "mdy" });
}

/** Sets a Fluent SpinButton by keyboard (ArrowUp/ArrowDown), as a user without a mouse would. */
export async function setSpinButton(page: Page, label: string, value: number): Promise<void> {
  const spin = page.getByRole("spinbutton", { name: label });
  const current = Number(await spin.inputValue());
  await spin.focus();
  for (let i = current; i < value; i++) await spin.press("ArrowUp");
  for (let i = current; i > value; i--) await spin.press("ArrowDown");
  await expectValue(page, label, String(value));
}

async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const actual = await page.getByRole("spinbutton", { name: label }).inputValue();
  if (actual !== value) throw new Error(`${label}: expected ${value}, got ${actual}`);
}

/** The polite live region's text once it matches. */
export async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  const status = page.getByRole("status", { name: "Status" });
  await status.filter({ hasText: pattern }).waitFor();
  return (await status.textContent()) ?? "";
}

export type StepName = Step;

/** The pane's words for its step navigation (English unless a test runs in another language). */
export type StepWords = Pick<
  Strings,
  "stepsLabel" | "stepPrepare" | "stepCheck" | "stepReview" | "stepSave" | "stepAfterUpload"
>;

function stepTab(page: Page, step: StepName, words: StepWords, selected?: boolean): Locator {
  // Within the pane's navigation: the playground's sheet tabs are tabs too.
  return page
    .getByRole("navigation", { name: words.stepsLabel })
    .getByRole("tab", { name: words[STEP_LABELS[step]], exact: true, selected });
}

/** Selects a step's tab, as a user does to go to that step. */
export async function goToStep(page: Page, step: StepName, words: StepWords = en): Promise<void> {
  const tab = stepTab(page, step, words);
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** Waits until the pane shows `step` (it moves on by itself after a check or an open). */
export async function waitForStep(page: Page, step: StepName, words: StepWords = en): Promise<void> {
  await stepTab(page, step, words, true).waitFor();
}

/** The view of the current step: its tab panel. */
export function currentStep(page: Page) {
  return page.getByRole("tabpanel");
}

export async function insertTemplate(page: Page, solutionColumns: number, teamMemberColumns: number) {
  await goToStep(page, "prepare");
  await setSpinButton(page, "Solution columns", solutionColumns);
  await setSpinButton(page, "Team member columns", teamMemberColumns);
  await page.getByRole("button", { name: "Insert template" }).click();
  await waitForStatus(page, /Template inserted on sheet/);
}

/** Goes to Check and checks the sheet; the pane then moves on to Review & fix or Save by itself. */
export async function checkSheet(page: Page, status = /Check complete/): Promise<string> {
  await goToStep(page, "check");
  await page.getByRole("button", { name: "Check sheet" }).click();
  return waitForStatus(page, status);
}

export async function activeSheet(page: Page): Promise<string> {
  const name = await page.evaluate(() => window.__sim.activeSheet);
  if (!name) throw new Error("no active sheet");
  return name;
}

export async function paste(page: Page, sheet: string, topLeft: string, rows: string[][]): Promise<void> {
  await page.evaluate(([s, a, r]) => window.__sim.paste(s, a, r), [sheet, topLeft, rows] as const);
}

export async function sheetValues(page: Page, sheet: string, area: string): Promise<unknown[][]> {
  return page.evaluate(([s, a]) => window.__sim.sheet(s).values(a), [sheet, area] as const);
}

/** Everything a check must not change: every sheet's values, formats, marks and validation. */
export async function workbookFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const sim = window.__sim;
    return JSON.stringify(
      sim.sheetNames().map((name) => {
        const view = sim.sheet(name);
        const used = view.usedRange(false);
        return {
          name,
          used,
          values: used ? view.values(used) : [],
          conditionalFormats: view.conditionalFormats(),
          formats: used ? [view.cell(used.split(":")[0]), view.cell(used.split(":").pop() as string)] : [],
        };
      }),
    );
  });
}

/** Spreadsheet column letters of a zero-based column (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The A1 area of a table of `rows` × `cols` starting at A1. */
export function areaOf(rows: number, cols: number): string {
  return `A1:${columnLetters(cols - 1)}${rows}`;
}

/** Goes to Review & fix and expands the finding group whose header starts with `column`. */
export async function openGroup(page: Page, column: string, words: StepWords = en): Promise<void> {
  await goToStep(page, "review", words);
  // Group headers are h3 buttons: the severity filter's "Errors (3)" is not one.
  const header = page.locator("h3").getByRole("button", { name: new RegExp(`^${escapeRegExp(column)} \\(`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

export function findingButton(page: Page, cell: string) {
  return page.getByTitle(`Go to ${cell}`, { exact: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

declare global {
  interface Window {
    __sim: import("../../src/simhost").SimHandle;
  }
}

/** Where an element sits against the pane's first screen (the viewport), in CSS px. */
export interface FoldPosition {
  top: number;
  bottom: number;
  fold: number;
}

export async function foldPosition(locator: Locator): Promise<FoldPosition> {
  await locator.waitFor();
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), fold: window.innerHeight };
  });
}

/**
 * Fails unless the element is wholly on the pane's first screen as the user left it: between the
 * top of the viewport and the fold, without scrolling to it (the test must not scroll first).
 */
export async function expectAboveFold(locator: Locator, what: string): Promise<void> {
  const at = await foldPosition(locator);
  if (at.top < 0 || at.bottom > at.fold)
    throw new Error(
      `${what} is not above the fold: it spans ${at.top}–${at.bottom} px, the fold is at ${at.fold} px`,
    );
}

/** The shown step's "what to do next" sentence. */
export function nextAction(page: Page): Locator {
  return page.locator("[role='tabpanel']:not([hidden])").getByTestId("next-action");
}

/** The outcome of the last action, where the pane announces it (polite live region). */
export function outcomeMessage(page: Page): Locator {
  return page.getByRole("status", { name: "Status" });
}

/** In the playground: template, the page's sample with mistakes pasted at A1, then Check sheet. */
export async function checkPlaygroundSample(page: Page): Promise<void> {
  await insertTemplate(page, 2, 2);
  await page.locator('td[data-address="A1"]').click();
  await page.getByRole("button", { name: "Paste sample with mistakes at A1" }).click();
  await checkSheet(page);
}
