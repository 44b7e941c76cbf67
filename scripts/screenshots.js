// Screenshots of the task pane at each step of the journey for the README (docs/screenshots/),
// taken from the playground (dist-playground/, `npm run build:playground`) in headless Chromium:
// the pane cropped to 320 × 600 CSS px, what a user sees above the fold in Excel (pane-size.js).
// Run: npm run screenshots (builds the playground first).
/* global window, document -- page.evaluate callbacks run in the page */
const { mkdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { launchChromium, playgroundDir, serveBuilds } = require("./pane-host");
const { PANE_WIDTH, PANE_FOLD } = require("./pane-size");

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

async function status(page, pattern) {
  await page.getByRole("status", { name: "Status" }).filter({ hasText: pattern }).waitFor();
}

async function setSpin(page, label, value) {
  const spin = page.getByRole("spinbutton", { name: label });
  await spin.fill(String(value));
  await spin.press("Tab");
}

/** Goes to a step's tab where the pane has step tabs; a pane without them shows every part at once. */
async function goTab(page, name) {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0) await tab.click();
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
  await page.getByRole("button", { name: "Got it" }).click();

  await goTab(page, "Prepare");
  await setSpin(page, "Solution columns", 2);
  await setSpin(page, "Team member columns", 2);
  await page.getByRole("button", { name: "Insert template" }).click();
  await status(page, /Template inserted/);
  const sheet = await page.evaluate(() => window.__sim.activeSheet);
  await page.evaluate(([s, rows]) => window.__sim.paste(s, "A2", rows), [sheet, mistakes.slice(1)]);
  await shoot(page, "step-2-check");

  await goTab(page, "Check");
  await page.getByRole("button", { name: "Check sheet" }).click();
  await status(page, /Check complete/);
  await shoot(page, "step-3-review");

  await page.getByRole("button", { name: /^Fix all notices/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
  await status(page, /^Changed \d+ cells?/);
  await shoot(page, "step-3-fixed");

  await goTab(page, "Save");
  await shoot(page, "step-4-save");
  await page.getByRole("button", { name: "Save as CSV" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Save anyway" }).click();
  await status(page, /^Download of .+ started/);
  await shoot(page, "step-4-saved");

  await loadSheet(page, "Processed", processed);
  await goTab(page, "Check");
  await page.getByRole("button", { name: "Check sheet" }).click();
  await status(page, /Check complete/);
  await goTab(page, "After upload");
  await shoot(page, "step-5-after-upload");
  await page.close();
}

/** The Review & fix step after checking the sample, in another theme or language (its own labels). */
async function reviewIn(browser, origin, { mistakes }, { query, name, labels }) {
  const page = await openPlayground(browser, origin, query);
  await page.getByRole("button", { name: labels.gotIt }).click();
  await loadSheet(page, "Sample", mistakes);
  await goTab(page, labels.checkTab);
  await page.getByRole("button", { name: labels.checkRun }).click();
  await page.getByRole("status").filter({ hasText: /\d/ }).waitFor();
  await shoot(page, name);
  await page.close();
}

const english = { gotIt: "Got it", checkTab: "Check", checkRun: "Check sheet" };
const french = { gotIt: "Compris", checkTab: "Vérifier", checkRun: "Vérifier la feuille" };

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
      labels: english,
    });
    await reviewIn(browser, origin, rows, {
      query: "?sim-lang=fr-FR",
      name: "step-3-review-fr",
      labels: french,
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
