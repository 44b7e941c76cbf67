// Accessibility of the task pane in real Chromium at 320 px: axe-core finds no serious or critical
// violation, nothing scrolls sideways, and the keyboard reaches and operates the main controls.
// Run in every UI language (English in light and dark; French and German have the longest strings,
// Japanese has no spaces to wrap at), in each main state:
// first open, after a check with findings (a group open), a finding's help and the findings report
// menu open, and with each dialog open.
import type { Browser, Page } from "playwright-core";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium, openTaskpane, screenshotPath, type TaskpaneOptions } from "./browser";
import { serveDist, type StaticServer } from "./server";
import { brokenWords, describeViolations, horizontalOverflow, seriousViolations } from "./pageChecks";
import { coreResult, findingButton, openGroup, readExample } from "./taskpaneDriver";
import { en, type Strings } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { de } from "../../src/taskpane/i18n/de";
import { es } from "../../src/taskpane/i18n/es";
import { sv } from "../../src/taskpane/i18n/sv";
import { ja } from "../../src/taskpane/i18n/ja";
import { UI_STRINGS, type LanguageCode } from "../../src/taskpane/i18n/languages";
import { ruleTitle } from "../../src/taskpane/i18n/findings";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const mistakes = readExample("mistakes.csv");
const expected = coreResult(mistakes);
const notices = expected.findings.filter((f) => f.severity === "notice").length;

/** {name} placeholders filled in, as the task pane's translate() does. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(params[key]));
}

/** The sample exactly as text on its own sheet (no coercion), made active as a user would. */
async function loadSample(page: Page): Promise<void> {
  await page.evaluate(
    ([rows]) => {
      window.__sim.addSheet("Sample", rows);
      window.__sim.activate("Sample");
    },
    [mistakes] as const,
  );
}

interface Variant {
  name: string;
  options: TaskpaneOptions;
  strings: Strings;
  /** Screenshot for docs/screenshots/ (README), taken after a check with findings. */
  docsShot?: string;
  notes: string;
}

const variants: Variant[] = [
  {
    name: "English, light",
    options: {},
    strings: en,
    docsShot: "taskpane-light",
    notes: "the source language and Office's default theme",
  },
  {
    name: "English, dark",
    options: { theme: "dark" },
    strings: en,
    docsShot: "taskpane-dark",
    notes: "dark Office theme: contrast of badges, marks and text is checked again",
  },
  {
    name: "French",
    options: { lang: "fr-FR" },
    strings: fr,
    docsShot: "taskpane-fr",
    notes: "the longest strings overall (fr.ts is the largest table)",
  },
  {
    name: "German",
    options: { lang: "de-DE" },
    strings: de,
    notes: "long compound words that cannot wrap at spaces",
  },
  { name: "Spanish", options: { lang: "es-ES" }, strings: es, notes: "long phrases, accented capitals" },
  { name: "Swedish", options: { lang: "sv-SE" }, strings: sv, notes: "compound words, å/ä/ö" },
  {
    name: "Japanese",
    options: { lang: "ja-JP" },
    strings: ja,
    notes: "no spaces: lines break between characters; CJK glyph widths",
  },
];

/** Every state's axe report and overflow, collected so one failure names them all. */
async function audit(page: Page, state: string, problems: string[]): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) problems.push(describeViolations(state, violations));
  const overflow = await horizontalOverflow(page);
  if (overflow.scrollWidth > overflow.clientWidth)
    problems.push(
      `[${state}] scrolls sideways: scrollWidth ${overflow.scrollWidth} > clientWidth ${overflow.clientWidth}\n  ${overflow.offenders.join("\n  ")}`,
    );
  const broken = await brokenWords(page);
  if (broken.length > 0) problems.push(`[${state}] words broken across lines: ${broken.join(", ")}`);
}

describe.each(variants)("task pane in $name", ({ name, options, strings, docsShot }) => {
  it("has no serious axe violation and no sideways scrolling in each main state", async () => {
    const { page, pageErrors } = await openTaskpane(browser, server.origin, options);
    const problems: string[] = [];
    await page.getByRole("heading", { level: 1, name: strings.appTitle }).waitFor();
    await audit(page, `${name}: first open`, problems);

    await loadSample(page);
    await page.getByRole("button", { name: strings.checkRun }).click();
    await page.getByTestId("summary-errors").waitFor();
    await page.getByRole("button", { name: strings.gettingStartedDismiss }).click();
    await openGroup(page, "Customer Country");
    await page.getByTitle(fill(strings.reviewGoToCell, { cell: "K6" })).waitFor();
    await audit(page, `${name}: after check`, problems);
    if (docsShot) await screenshotFromSummary(page, docsShot);

    // A finding's "What does this mean?" popover, then the Findings report menu.
    const helpPrefix = strings.helpButtonLabel.split("{rule}")[0].trim();
    await page
      .getByRole("button", { name: new RegExp(`^${helpPrefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
      .first()
      .click();
    await page.getByRole("dialog").waitFor();
    await audit(page, `${name}: finding help`, problems);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByRole("button", { name: strings.reportButton }).click();
    await page.getByRole("menu").waitFor();
    await audit(page, `${name}: findings report menu`, problems);
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "hidden" });

    await page.getByRole("button", { name: fill(strings.fixSafe, { count: notices }) }).click();
    await page.getByRole("dialog").waitFor();
    await audit(page, `${name}: fix preview dialog`, problems);
    await page.getByRole("dialog").getByRole("button", { name: strings.fixCancel }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });

    await page.getByRole("button", { name: strings.saveButton }).click();
    await page.getByRole("alertdialog").waitFor();
    await audit(page, `${name}: save confirmation`, problems);
    await page.getByRole("alertdialog").getByRole("button", { name: strings.saveCancel }).click();

    expect(problems.join("\n")).toBe("");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

/** 320 × 900 from the check's summary down: counts, fixes, save and the counts per rule. */
async function screenshotFromSummary(page: Page, name: string): Promise<void> {
  const summary = page.getByTestId("check-summary");
  await summary.scrollIntoViewIfNeeded();
  const box = await summary.boundingBox();
  if (!box) throw new Error("no check summary");
  const top = box.y + (await page.evaluate(() => window.scrollY));
  const path = screenshotPath(name);
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top - 8), width: 320, height: 900 },
  });
  // UPDATE_DOCS_SCREENSHOTS=1 refreshes the README's copies.
  if (process.env.UPDATE_DOCS_SCREENSHOTS) {
    const docs = join(__dirname, "..", "..", "docs", "screenshots");
    await mkdir(docs, { recursive: true });
    await copyFile(path, join(docs, `${name}.png`));
  }
}

describe("label in name (WCAG 2.5.3), every language", () => {
  // Buttons whose aria-label adds detail to a short visible text: speech users say what they see,
  // so the label must contain the visible text. The pane shows only one language at a time, so
  // the browser runs above cannot reach all six; this table can.
  const pairs: Array<{ visible: keyof Strings; label: keyof Strings; notes: string }> = [
    { visible: "reviewFixRule", label: "reviewFixRuleLabel", notes: "Fix all, per rule in Counts per rule" },
    { visible: "reviewApplyOne", label: "reviewApplyOneLabel", notes: "Fix, on one finding" },
    { visible: "fixRestore", label: "fixRestoreLabel", notes: "Restore, in Fixes" },
    { visible: "saveCopy", label: "saveCopyLabel", notes: "Copy CSV text, beside each saved file" },
    { visible: "saveDownload", label: "saveDownloadLabel", notes: "Download, beside each saved file" },
  ];
  const cases = Object.entries(UI_STRINGS).flatMap(([language, strings]) =>
    pairs.map((pair) => ({ language: language as LanguageCode, ...pair, strings: strings as Strings })),
  );
  it.each(cases)("$language: $label contains $visible ($notes)", ({ language, strings, visible, label }) => {
    const shown = strings[visible].toLocaleLowerCase();
    const rule = ruleTitle("money-format", language);
    const name = fill(strings[label], { count: 3, rule, cell: "V3", name: "upload.csv" });
    expect(name.toLocaleLowerCase()).toContain(shown);
  });
});

describe("keyboard", () => {
  /** Presses Tab until the focused element's accessible label matches; returns every label passed. */
  async function tabTo(page: Page, wanted: RegExp, limit = 60, key = "Tab"): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "(body)";
        const labelled = el.getAttribute("aria-labelledby");
        const byId = labelled ? document.getElementById(labelled.split(" ")[0])?.textContent : null;
        return (el.getAttribute("aria-label") ?? byId ?? el.title ?? "") || (el.textContent ?? "").trim();
      });
      seen.push(label);
      if (wanted.test(label)) return seen;
    }
    throw new Error(`Tab never reached ${wanted}; passed: ${seen.join(" | ")}`);
  }

  it("Tab reaches the primary controls in order; Enter checks, Space goes to a finding's cell", async () => {
    const { page } = await openTaskpane(browser, server.origin);
    await page.getByRole("heading", { level: 1, name: en.appTitle }).waitFor();
    await loadSample(page);

    const passed = await tabTo(page, /^Save as CSV$/);
    const order = ["Insert template", "Add dropdowns", "Check sheet", "Save as CSV"].map((label) =>
      passed.indexOf(label),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    await tabTo(page, /^Check sheet$/, 10, "Shift+Tab");
    await page.keyboard.press("Enter");
    await page.getByTestId("summary-errors").waitFor();
    expect(await page.getByTestId("summary-errors").locator("dd").textContent()).toBe(
      String(expected.summary.error),
    );
    // The button is busy while checking; focus must come back to it, not fall to the page.
    // (Its label reads "Checking…" until the separate highlighting run ends.)
    await page.waitForFunction(() => document.activeElement?.textContent === "Check sheet");

    await tabTo(page, /^Customer Country \(1 finding\)$/, 120);
    await page.keyboard.press("Enter");
    await findingButton(page, "K6").waitFor();
    await tabTo(page, /Go to K6/, 3);
    await page.keyboard.press("Space");
    await page.waitForFunction(() => window.__sim.selection === "Sample!K6");
    await page.context().close();
  });
});
