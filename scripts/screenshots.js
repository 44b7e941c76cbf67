// Screenshots of the task pane at each step of the journey for the README (docs/screenshots/),
// taken from the playground (dist-playground/, `npm run build:playground`) in headless Chromium:
// the pane cropped to 320 × 600 CSS px, what a user sees above the fold in Excel (pane-size.js).
// Run: npm run screenshots (builds the playground first).
/* global window, document -- page.evaluate callbacks run in the page */
const { mkdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { launchChromium, playgroundDir, serveBuilds } = require("./pane-host");
const { PANE_WIDTH, PANE_FOLD } = require("./pane-size");
const { uiStrings, startPattern } = require("./ui-strings");

const en = uiStrings("en");

const root = join(__dirname, "..");
const outDir = join(root, "docs", "screenshots");
/** The sample with mistakes as rows of text, and a "processed" copy with Partner Center's errors. */
function examples() {
  const Papa = require("papaparse");
  const read = (name) =>
    Papa.parse(readFileSync(join(root, "examples", name), "utf8"), { skipEmptyLines: true }).data;
  const mistakes = read("mistakes.csv");
  const rejected = new Map([
    [2, "Invalid Customer Postal code; Customer D-U-N-S ID not found"],
    [5, "Deal value must be positive"],
  ]);
  const processed = read("clean.csv").map((row, r) => row.map((v, c) => (c === 0 && rejected.get(r)) || v));
  return { mistakes, processed };
}

/** The playground with the pane at 320 px and the fold at PANE_FOLD below the banner. */
async function openPlayground(browser, origin, query = "") {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.route("**/*", (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  await page.goto(`${origin}/playground.html${query}`);
  await page.addStyleTag({ content: `#container { width: ${PANE_WIDTH}px; }` });
  await page.getByRole("heading", { level: 1 }).waitFor();
  const banner = await page.locator("#banner").boundingBox();
  await page.setViewportSize({ width: 1280, height: Math.ceil((banner?.height ?? 0) + PANE_FOLD) });
  return page;
}

/** The pane's first screen as the user left it (no scrolling), once animations have ended. */
async function shoot(page, name) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const box = await page.locator("#container").boundingBox();
  if (!box) throw new Error("no task pane");
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, clip: { x: box.x, y: box.y, width: PANE_WIDTH, height: PANE_FOLD } });
  console.log(`  ${name}.png`);
}

async function status(page, pattern, strings = en) {
  await page.getByRole("status", { name: strings.statusRegion }).filter({ hasText: pattern }).waitFor();
}

async function setSpin(page, label, value) {
  const spin = page.getByRole("spinbutton", { name: label });
  await spin.fill(String(value));
  await spin.press("Tab");
}

/** A step's tab in the pane's navigation (the playground's sheet tabs are not in it). */
function stepTab(page, strings, key, selected) {
  return page
    .getByRole("navigation", { name: strings.stepsLabel })
    .getByRole("tab", { name: strings[key], exact: true, selected });
}

/** Goes to a step, as a user selects its tab. */
async function goStep(page, strings, key) {
  await stepTab(page, strings, key).click();
}

/** Waits until the pane has moved on to a step by itself. */
async function waitStep(page, strings, key) {
  await stepTab(page, strings, key, true).waitFor();
}

/** The shown step's view. */
function view(page) {
  return page.locator("[role='tabpanel']:not([hidden])");
}

async function loadSheet(page, name, rows) {
  await page.evaluate(
    ([sheet, cells]) => {
      window.__sim.addSheet(sheet, cells);
      window.__sim.activate(sheet);
    },
    [name, rows],
  );
}

/** The journey in English, light theme: one picture per step and per action's outcome. */
async function journey(browser, origin, { mistakes, processed }) {
  const page = await openPlayground(browser, origin);
  await shoot(page, "step-1-prepare");
  await page.getByRole("button", { name: en.gettingStartedDismiss }).click();

  await setSpin(page, en.prepareSolutionColumns, 2);
  await setSpin(page, en.prepareTeamMemberColumns, 2);
  await view(page).getByRole("button", { name: en.prepareInsertTemplate }).click();
  await status(page, startPattern(en.prepareTemplateInserted));
  await view(page).getByRole("button", { name: en.prepareApplyDropdowns }).click();
  await status(page, startPattern(en.prepareDropdownsApplied_other));
  // The template is ready: the pane moves on to Check by itself.
  await waitStep(page, en, "stepCheck");
  const sheet = await page.evaluate(() => window.__sim.activeSheet);
  await page.evaluate(([s, rows]) => window.__sim.paste(s, "A2", rows), [sheet, mistakes.slice(1)]);
  await shoot(page, "step-2-check");

  await view(page).getByRole("button", { name: en.checkRun }).click();
  await status(page, startPattern(en.checkDone));
  await waitStep(page, en, "stepReview");
  await shoot(page, "step-3-review");

  await view(page)
    .getByRole("button", { name: startPattern(en.fixSafe) })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: en.fixApply }).click();
  await status(page, startPattern(en.fixApplied_other));
  await shoot(page, "step-3-fixed");

  await goStep(page, en, "stepSave");
  await shoot(page, "step-4-save");
  await view(page).getByRole("button", { name: en.saveButton }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: en.saveAnyway }).click();
  await status(page, startPattern(en.saveDownloadStarted));
  await shoot(page, "step-4-saved");

  await loadSheet(page, "Processed", processed);
  await goStep(page, en, "stepCheck");
  await view(page).getByRole("button", { name: en.checkRun }).click();
  // A file Partner Center processed: the check leads to After upload.
  await waitStep(page, en, "stepAfterUpload");
  await shoot(page, "step-5-after-upload");
  await page.close();
}

/** The Review & fix step after checking the sample, in another theme or language. */
async function reviewIn(browser, origin, { mistakes }, { query, name, strings }) {
  const page = await openPlayground(browser, origin, query);
  await page.getByRole("button", { name: strings.gettingStartedDismiss }).click();
  await loadSheet(page, "Sample", mistakes);
  await goStep(page, strings, "stepCheck");
  await view(page).getByRole("button", { name: strings.checkRun }).click();
  await waitStep(page, strings, "stepReview");
  await status(page, startPattern(strings.checkDone), strings);
  await shoot(page, name);
  await page.close();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = await serveBuilds([playgroundDir]);
  const { origin } = server;
  const browser = await launchChromium();
  try {
    const rows = examples();
    console.log(`docs/screenshots/ (${PANE_WIDTH} × ${PANE_FOLD} CSS px):`);
    await journey(browser, origin, rows);
    await reviewIn(browser, origin, rows, {
      query: "?sim-theme=dark",
      name: "step-3-review-dark",
      strings: en,
    });
    await reviewIn(browser, origin, rows, {
      query: "?sim-lang=fr-FR",
      name: "step-3-review-fr",
      strings: uiStrings("fr"),
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
