// How the findings list renders 5,000 findings in real Chromium (production build, simulated Excel,
// task pane at 320 px): time until every item is in the page and the longest task on the way
// (PerformanceObserver "longtask"), for one group of 5,000 findings and for 5,000 groups of one.
// A measurement, not a test: run `npm run build && npm run build:playground` first, then
// `node scripts/measure-findings-render.js`.
/* global window, document, performance, PerformanceObserver -- the functions passed to page.evaluate run in the page */
const fs = require("node:fs");
const path = require("node:path");
const Papa = require("papaparse");
const { launchChromium, routeOfficeJs, serveBuilds, simulatedOfficeJs } = require("./pane-host");

const ROWS = 5000;
const root = path.join(__dirname, "..");

/** The clean example's first record with a three-letter country: one error per row, same column. */
function sheetWithErrors() {
  const rows = Papa.parse(fs.readFileSync(path.join(root, "examples", "clean.csv"), "utf8"), {
    skipEmptyLines: true,
  }).data;
  const header = rows[0];
  const record = [...rows[1]];
  record[header.indexOf("Customer Country")] = "USA";
  return [header, ...Array.from({ length: ROWS }, () => record)];
}

async function timeUntil(page, act, count) {
  await page.evaluate(() => {
    window.__longest = 0;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    });
    window.__observer.observe({ type: "longtask" });
    window.__start = performance.now();
  });
  await act();
  const done = await page.waitForFunction(count[0], count[1], { polling: "raf", timeout: 120_000 });
  const elapsed = await done.evaluate(() => performance.now() - window.__start);
  const longest = await page.evaluate(() => window.__longest);
  return { elapsed: Math.round(elapsed), longest: Math.round(longest) };
}

async function main() {
  const server = await serveBuilds();
  const { origin } = server;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await routeOfficeJs(page, origin, simulatedOfficeJs());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    await page.getByRole("button", { name: "Check sheet" }).waitFor();
    await page.evaluate((rows) => {
      window.__sim.addSheet("Big", rows);
      window.__sim.activate("Big");
    }, sheetWithErrors());
    await page.getByRole("button", { name: "Check sheet" }).click();
    await page
      .getByRole("status", { name: "Status" })
      .filter({ hasText: /Check complete/ })
      .waitFor({ timeout: 300_000 });
    // Functions, not strings: the pane's Content-Security-Policy forbids eval.
    const items = [(rows) => document.querySelectorAll('[title^="Go to K"]').length >= rows, ROWS];
    const groups = [
      (rows) => document.querySelectorAll("section h3 button[aria-expanded]").length >= rows,
      ROWS,
    ];
    // "Finding 5,002 of 5,002": Previous from the start went to the last finding.
    const atLast = [
      () =>
        /Finding ([\d,]+) of \1\b/.test(
          document.querySelector("[data-testid=finding-navigator-text]")?.textContent ?? "",
        ),
      null,
    ];
    // The sheet: 5,000 countries to fix (column K), all in one group, closed after the check.
    const country = page.getByRole("button", {
      name: `Customer Country (${ROWS.toLocaleString("en-US")} findings)`,
    });
    // The pane opens the first group after a check: close it, then time opening it.
    if ((await country.getAttribute("aria-expanded")) === "true") await country.click();
    await page.waitForFunction(() => !document.querySelector('[title^="Go to K"]'));
    const oneGroup = await timeUntil(page, () => country.click(), items);
    const rowGroups = await timeUntil(page, () => page.getByRole("radio", { name: "Row" }).click(), groups);
    const stepped = await timeUntil(page, () => page.keyboard.press("Shift+F8"), atLast);
    console.log(
      `${ROWS} findings in one group (opened, every item listed): ${oneGroup.elapsed} ms, longest task ${oneGroup.longest} ms`,
    );
    console.log(
      `${ROWS} groups of one (row grouping, every header listed): ${rowGroups.elapsed} ms, longest task ${rowGroups.longest} ms`,
    );
    console.log(
      `Shift+F8 to the last finding (its group opened and scrolled to): ${stepped.elapsed} ms, longest task ${stepped.longest} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
