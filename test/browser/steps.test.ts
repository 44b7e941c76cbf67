// The journey step by step in a task pane of 320 × 600 CSS px (scripts/pane-size.js): at each step
// what the user must do next, the findings after a check and the outcome of each action are on the
// first screen as the user is left, without scrolling to them. Production build, simulated host.
// Text comes from the en strings so that rewording a label does not break the walk.
import type { Page } from "playwright-core";
import { openTaskpane, screenshotPath, type OpenedPage, useTestBrowser } from "./browser";
import {
  activeSheet,
  coreResult,
  currentStep,
  expectAboveFold,
  goToStep,
  nextAction,
  outcomeMessage,
  paste,
  readExample,
  setSpinButton,
  waitForStatus,
  waitForStep,
} from "./taskpaneDriver";
import { createTranslator } from "../../src/taskpane/i18n/translate";
import { groupFindings } from "../../src/taskpane/review/groupFindings";
import { PANE_FOLD, PANE_WIDTH } from "../../scripts/pane-size";
import { SUPPORTED_LANGUAGES, UI_STRINGS } from "../../src/taskpane/i18n/languages";

const { t, tp } = createTranslator("en");

const run = useTestBrowser();

const mistakes = readExample("mistakes.csv");
const expected = coreResult(mistakes);
const notices = expected.findings.filter((f) => f.severity === "notice").length;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pane string as a pattern: its {placeholders} match any text. */
function like(text: string): RegExp {
  return new RegExp(
    text
      .split(/\{\w+\}/)
      .map(escape)
      .join(".+?"),
  );
}

/** The outcome starts with exactly this text. */
function startsWith(text: string): RegExp {
  return new RegExp(`^${escape(text)}`);
}

/** Partner Center's processed copy of the clean sample: two rows rejected in its Errors column. */
function processedFile(): string[][] {
  const clean = readExample("clean.csv");
  const rejected = new Map([
    [2, "Invalid Customer Postal code"],
    [5, "Deal value must be positive"],
  ]);
  return clean.map((row, r) => row.map((v, c) => (c === 0 && rejected.get(r)) || v));
}

const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`steps-${name}`) });

async function openPane(): Promise<OpenedPage> {
  const opened = await openTaskpane(run.browser, run.server.origin, { width: PANE_WIDTH, height: PANE_FOLD });
  await opened.page.getByRole("heading", { level: 1, name: t("appTitle") }).waitFor();
  return opened;
}

describe(`the journey step by step at ${PANE_WIDTH} × ${PANE_FOLD}`, () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPane();
    page = opened.page;
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("Prepare: what to do next is on the first screen, even with Getting started open", async () => {
    await page.getByRole("button", { name: t("gettingStartedDismiss") }).waitFor();
    await expectAboveFold(nextAction(page), "Prepare's next action");
    // The file from Partner Center is where most users start.
    await expectAboveFold(currentStep(page).getByRole("button", { name: t("openButton") }), "Open CSV file");
    await shot(page, "1-first-open");
    await page.getByRole("button", { name: t("gettingStartedDismiss") }).click();
  });

  it("Insert template: its outcome is on the screen the user is left on", async () => {
    await setSpinButton(page, t("prepareSolutionColumns"), 2);
    await setSpinButton(page, t("prepareTeamMemberColumns"), 2);
    await page.getByRole("button", { name: t("prepareInsertTemplate") }).click();
    await waitForStatus(page, like(t("prepareTemplateInserted")));
    await expectAboveFold(outcomeMessage(page), "Insert template's outcome");
    await shot(page, "2-template");
  });

  it("Add dropdowns: its outcome is on screen and the pane moves on to Check", async () => {
    await page.getByRole("button", { name: t("prepareApplyDropdowns") }).click();
    await waitForStatus(page, like(t("prepareDropdownsApplied_other")));
    await waitForStep(page, "check");
    await expectAboveFold(outcomeMessage(page), "Add dropdowns' outcome");
    await expectAboveFold(nextAction(page), "Check's next action");
    await expectAboveFold(currentStep(page).getByRole("button", { name: t("checkRun") }), "Check sheet");
  });

  it("Check sheet: outcome on screen, the pane on Review & fix with the first group's errors showing", async () => {
    await paste(page, await activeSheet(page), "A2", mistakes.slice(1));
    await currentStep(page)
      .getByRole("button", { name: t("checkRun") })
      .click();
    const { error, warning, notice } = expected.summary;
    await waitForStatus(
      page,
      startsWith(t("checkDone", { errors: error, warnings: warning, notices: notice })),
    );
    await waitForStep(page, "review");
    await expectAboveFold(outcomeMessage(page), "Check sheet's outcome");
    await expectAboveFold(nextAction(page), "Review's next action");

    // The first group is open and its first finding is the first error in the sheet's order.
    const [first] = groupFindings(expected.findings, "column");
    expect(first.findings[0].severity).toBe("error");
    const header = currentStep(page).locator("h3").getByRole("button").first();
    expect(await header.textContent()).toMatch(new RegExp(`^${first.column} \\(`));
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    const item = page.getByTitle(t("reviewGoToCell", { cell: first.findings[0].cell as string }), {
      exact: true,
    });
    await expectAboveFold(item, `the first finding (${first.findings[0].cell})`);
    expect(await item.textContent()).toContain(t("severityError"));
    await shot(page, "3-checked");
  });

  it("Apply the safe fixes: its outcome is on screen after the preview", async () => {
    await currentStep(page)
      .getByRole("button", { name: t("fixSafe", { count: notices }) })
      .click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: t("fixApply") })
      .click();
    await waitForStatus(page, startsWith(tp("fixApplied", notices)));
    await expectAboveFold(outcomeMessage(page), "the safe fixes' outcome");
    await shot(page, "4-fixed");
  });

  it("Save: what to do next, and Save as CSV's outcome, are on screen", async () => {
    await goToStep(page, "save");
    await expectAboveFold(nextAction(page), "Save's next action");
    await currentStep(page)
      .getByRole("button", { name: t("saveButton") })
      .click();
    await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("alertdialog")
        .getByRole("button", { name: t("saveAnyway") })
        .click(),
    ]);
    await waitForStatus(page, like(t("saveDownloadStarted")));
    await expectAboveFold(outcomeMessage(page), "Save as CSV's outcome");
    await shot(page, "5-saved");
  });

  it("After upload: a processed file leads there, what to do next on screen", async () => {
    await page.evaluate(
      ([rows]) => {
        window.__sim.addSheet("Processed", rows);
        window.__sim.activate("Processed");
      },
      [processedFile()] as const,
    );
    await goToStep(page, "check");
    await currentStep(page)
      .getByRole("button", { name: t("checkRun") })
      .click();
    await waitForStep(page, "afterUpload");
    await expectAboveFold(nextAction(page), "After upload's next action");
    await expectAboveFold(
      currentStep(page).getByRole("button", { name: t("afterKeepFailed") }),
      "Keep only failed rows",
    );
    await shot(page, "6-after-upload");
    expect(opened.pageErrors).toEqual([]);
  });
});

describe(`an empty sheet at ${PANE_WIDTH} × ${PANE_FOLD}`, () => {
  it("Add dropdowns and Save as CSV are disabled, each with its reason on screen", async () => {
    const { page, pageErrors } = await openPane();
    await page.getByRole("button", { name: t("gettingStartedDismiss") }).click();
    const dropdowns = currentStep(page).getByRole("button", { name: t("prepareApplyDropdowns") });
    const dropdownsReason = currentStep(page).getByText(t("prepareDropdownsNeedHeader"));
    await expectAboveFold(dropdownsReason, "why Add dropdowns is unavailable");
    await expectAboveFold(dropdowns, "Add dropdowns");
    expect(await dropdowns.getAttribute("aria-disabled")).toBe("true");

    await goToStep(page, "save");
    const save = currentStep(page).getByRole("button", { name: t("saveButton") });
    await expectAboveFold(currentStep(page).getByText(t("saveEmptySheet")), "why Save is unavailable");
    await expectAboveFold(save, "Save as CSV");
    expect(await save.getAttribute("aria-disabled")).toBe("true");
    await shot(page, "empty-sheet");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe(`the step tabs at ${PANE_WIDTH} px`, () => {
  it.each(SUPPORTED_LANGUAGES)(
    "share one line in %s (a wrapped tab pushed the findings below the fold)",
    async (lang) => {
      const { page } = await openTaskpane(run.browser, run.server.origin, {
        lang,
        width: PANE_WIDTH,
        height: PANE_FOLD,
      });
      const words = UI_STRINGS[lang];
      await page.getByRole("heading", { level: 1, name: words.appTitle }).waitFor();
      const tabs = page.getByRole("navigation", { name: words.stepsLabel }).getByRole("tab");
      const tops = await tabs.evaluateAll((els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top)),
      );
      // Prepare, Check, Review & fix, Save: After upload appears only with a processed file.
      expect(tops).toHaveLength(4);
      expect(new Set(tops).size).toBe(1);
      await page.context().close();
    },
  );
});
