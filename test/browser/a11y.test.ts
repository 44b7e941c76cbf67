// Accessibility of the task pane in real Chromium at 320 px: axe-core finds no serious or critical
// violation, nothing scrolls sideways, and the keyboard reaches and operates the main controls.
// Run in every UI language (English in light and dark; French and German have the longest strings,
// Japanese has no spaces to wrap at), in each main state:
// first open, after a check with findings (a group open), a finding's help and the findings report
// menu open, and with each dialog open.
import type { Page } from "playwright-core";
import { openTaskpane, type TaskpaneOptions, useTestBrowser } from "./browser";
import { brokenWords, describeViolations, horizontalOverflow, seriousViolations } from "./pageChecks";
import {
  coreResult,
  findingButton,
  goToStep,
  openGroup,
  readExample,
  waitForStatus,
  waitForStep,
} from "./taskpaneDriver";
import { en, type Strings } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { de } from "../../src/taskpane/i18n/de";
import { es } from "../../src/taskpane/i18n/es";
import { sv } from "../../src/taskpane/i18n/sv";
import { ja } from "../../src/taskpane/i18n/ja";
import { UI_STRINGS, type LanguageCode } from "../../src/taskpane/i18n/languages";
import { ruleTitle } from "../../src/taskpane/i18n/findings";

const run = useTestBrowser();

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
  notes: string;
}

const variants: Variant[] = [
  {
    name: "English, light",
    options: {},
    strings: en,
    notes: "the source language and Office's default theme",
  },
  {
    name: "English, dark",
    options: { theme: "dark" },
    strings: en,
    notes: "dark Office theme: contrast of badges, marks and text is checked again",
  },
  {
    name: "French",
    options: { lang: "fr-FR" },
    strings: fr,
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

describe.each(variants)("task pane in $name", ({ name, options, strings }) => {
  it("has no serious axe violation and no sideways scrolling in each main state", async () => {
    const { page, pageErrors } = await openTaskpane(run.browser, run.server.origin, options);
    const problems: string[] = [];
    await page.getByRole("heading", { level: 1, name: strings.appTitle }).waitFor();
    await audit(page, `${name}: first open`, problems);

    await loadSample(page);
    await goToStep(page, "check", strings);
    await audit(page, `${name}: Check step`, problems);
    await page.getByRole("button", { name: strings.checkRun }).click();
    // A check with errors moves the pane on to Review & fix.
    await waitForStep(page, "review", strings);
    await page.getByRole("button", { name: strings.gettingStartedDismiss }).click();
    await openGroup(page, "Customer Country", strings);
    await page.getByTitle(fill(strings.reviewGoToCell, { cell: "K6" })).waitFor();
    await audit(page, `${name}: after check`, problems);

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

    await goToStep(page, "save", strings);
    await audit(page, `${name}: Save step`, problems);
    await page.getByRole("button", { name: strings.saveButton }).click();
    await page.getByRole("alertdialog").waitFor();
    await audit(page, `${name}: save confirmation`, problems);
    await page.getByRole("alertdialog").getByRole("button", { name: strings.saveCancel }).click();

    expect(problems.join("\n")).toBe("");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

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
    const { page } = await openTaskpane(run.browser, run.server.origin);
    await page.getByRole("heading", { level: 1, name: en.appTitle }).waitFor();
    await loadSample(page);

    // Prepare: its two actions in order.
    const passed = await tabTo(page, /^Add dropdowns$/);
    expect(passed.indexOf("Insert template")).toBeGreaterThanOrEqual(0);
    expect(passed.indexOf("Insert template")).toBeLessThan(passed.indexOf("Add dropdowns"));

    // Check: Enter on Check sheet checks; the pane moves on to Review & fix and focus goes with it.
    await goToStep(page, "check");
    await tabTo(page, /^Check sheet$/, 20);
    await page.keyboard.press("Enter");
    const status = await waitForStatus(page, /Check complete/);
    expect(status).toContain(`Errors: ${expected.summary.error}.`);
    await waitForStep(page, "review");
    await page.waitForFunction(
      () => document.activeElement?.closest("[role='tabpanel']:not([hidden])") !== null,
    );

    await openGroup(page, "Customer Country");
    await findingButton(page, "K6").waitFor();
    await page
      .locator("h3")
      .getByRole("button", { name: /^Customer Country \(/ })
      .focus();
    await tabTo(page, /Go to K6/, 10);
    await page.keyboard.press("Space");
    await page.waitForFunction(() => window.__sim.selection === "Sample!K6");
    await page.context().close();
  });
});
