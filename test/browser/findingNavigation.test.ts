// Working through the findings by keyboard in real Chromium: at 320 px the pane's Next button and
// F8 / Shift+F8 select each finding's cell in the simulated workbook (errors first, then by row
// and column), the message is shown and nothing scrolls sideways; in the playground the grid shows
// the cell selected.
import type { Page } from "playwright-core";
import { openPlayground, openTaskpane, screenshotPath, useTestBrowser } from "./browser";
import { checkPlaygroundSample, checkSheet, coreResult, readExample } from "./taskpaneDriver";
import { navigationOrder } from "../../src/taskpane/review/navigation";

const run = useTestBrowser();

const mistakes = readExample("mistakes.csv");
// What Next should visit, from the core's own result: V3, K6, R8, H9, … (errors first).
const order = navigationOrder(coreResult(mistakes).findings).map((finding) => finding.cell ?? "");

async function selectionAfter(page: Page, press: () => Promise<void>, cell: string): Promise<void> {
  await press();
  await page.waitForFunction((wanted) => window.__sim.selection?.endsWith(`!${wanted}`), cell);
}

describe("next / previous finding at 320 px", () => {
  it("Next and F8 / Shift+F8 select the findings' cells in order and show each message", async () => {
    const { page, pageErrors } = await openTaskpane(run.browser, run.server.origin);
    await page.getByRole("heading", { level: 1, name: "Co-sell Upload Checker" }).waitFor();
    await page.evaluate(
      ([rows]) => {
        window.__sim.addSheet("Sample", rows);
        window.__sim.activate("Sample");
      },
      [mistakes] as const,
    );
    await checkSheet(page);
    const shown = page.getByTestId("finding-navigator-text");
    expect(order.slice(0, 3)).toEqual(["V3", "K6", "R8"]);

    await selectionAfter(
      page,
      () => page.getByRole("button", { name: "Next", exact: true }).click(),
      order[0],
    );
    await shown.filter({ hasText: `Finding 1 of ${order.length}, cell ${order[0]}:` }).waitFor();
    // Focus stays on Next: the keys work from there on.
    await selectionAfter(page, () => page.keyboard.press("F8"), order[1]);
    await shown.filter({ hasText: `Finding 2 of ${order.length}, cell ${order[1]}:` }).waitFor();
    await selectionAfter(page, () => page.keyboard.press("F8"), order[2]);
    await selectionAfter(page, () => page.keyboard.press("Shift+F8"), order[1]);
    expect(await page.evaluate(() => window.__sim.selection)).toBe(`Sample!${order[1]}`);
    // The message is on screen (not only announced), and the pane does not scroll sideways.
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toContain("Customer Country");
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // The reached finding is marked in the list (its group was opened for it).
    await page.locator('li[aria-current="true"]').getByTitle(`Go to ${order[1]}`).waitFor();
    await page.screenshot({ path: screenshotPath("finding-navigation-320"), fullPage: false });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("next / previous finding in the playground", () => {
  it("F8 in the task pane selects the cell in the playground's grid", async () => {
    const { page } = await openPlayground(run.browser, run.server.origin, { height: 800 });
    await checkPlaygroundSample(page);
    await page.getByRole("button", { name: "Next", exact: true }).focus();
    await page.keyboard.press("F8");
    await page.keyboard.press("F8");
    const cell = (a1: string) => page.locator(`td[data-address="${a1}"]`);
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-address="${a1}"]`)?.getAttribute("aria-selected") === "true",
      order[1],
    );
    await page.keyboard.press("Shift+F8");
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-address="${a1}"]`)?.getAttribute("aria-selected") === "true",
      order[0],
    );
    // Exactly one cell is selected: the grid followed the step back.
    expect(await page.locator('td[aria-selected="true"]').count()).toBe(1);
    expect(await cell(order[0]).getAttribute("aria-selected")).toBe("true");
    await page.close();
  });
});
