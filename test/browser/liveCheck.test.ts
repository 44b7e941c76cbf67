// "Check as I edit" in the playground (production build, headless Chromium, simulated Excel): the
// user types the missing city into H9 in the grid and, without pressing Check sheet, the cell's
// mark and the error count go away; the header status follows a paste and a switch of sheet.
import type { Page } from "playwright-core";
import { openPlayground, screenshotPath, useTestBrowser } from "./browser";
import { checkSheet, findingButton, goToStep, openGroup, waitForStatus } from "./taskpaneDriver";

const run = useTestBrowser();

const ERROR_FILL = "rgb(255, 199, 206)"; // MARK_COLORS.error, #FFC7CE

const fillOf = (page: Page, address: string) =>
  page.locator(`td[data-address="${address}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);

const headerStatus = (page: Page) =>
  page.getByRole("region", { name: "Prepare" }).getByTestId("header-status");

describe("check as I edit, in the playground", () => {
  it("typing the missing city clears its mark and the error count without Check sheet", async () => {
    const { page, pageErrors } = await openPlayground(run.browser, run.server.origin);
    await headerStatus(page).filter({ hasText: "This sheet is empty" }).waitFor();
    await page.locator('td[data-address="A1"]').click();
    await page.getByRole("button", { name: "Paste sample with mistakes at A1" }).click();
    // The header status follows the paste, before any check.
    await headerStatus(page)
      .filter({ hasText: /template columns recognised/ })
      .waitFor();

    await checkSheet(page);
    // The counts and the switch are under Check (the pane moved on to Review & fix).
    await goToStep(page, "check");
    const errors = page.getByTestId("summary-errors");
    // Pasting coerces some values as Excel would; the count is whatever the check found.
    const before = Number(await errors.locator("dd").textContent());
    expect(before).toBeGreaterThan(1);
    expect(await page.getByRole("switch", { name: "Check as I edit" }).isChecked()).toBe(true);
    expect(await fillOf(page, "H9")).toBe(ERROR_FILL);
    await openGroup(page, "Customer City");
    expect(await findingButton(page, "H9").count()).toBe(1);

    await page.locator('td[data-address="H9"]').click();
    const input = page.getByRole("textbox", { name: "Cell value" });
    await input.fill("Redmond");
    await input.press("Enter");
    await waitForStatus(page, new RegExp(`^Re-checked after your edit\\. Errors: ${before - 1}\\.`));
    await goToStep(page, "check");
    await errors
      .locator("dd")
      .filter({ hasText: new RegExp(`^${before - 1}$`) })
      .waitFor();
    await page.waitForFunction(
      ([fill]) => {
        const td = document.querySelector('td[data-address="H9"]');
        return td !== null && getComputedStyle(td).backgroundColor !== fill;
      },
      [ERROR_FILL] as const,
    );
    // The finding left the list with its mark.
    await goToStep(page, "review");
    await findingButton(page, "H9").waitFor({ state: "detached" });
    // Other marks stay where they were.
    expect(await fillOf(page, "K6")).toBe(ERROR_FILL);
    await page.screenshot({ path: screenshotPath("live-check-after-edit") });

    // Switching to an empty sheet and back: the header status (in Prepare) follows, no button pressed.
    await goToStep(page, "prepare");
    const first = await page.evaluate(() => window.__sim.activeSheet as string);
    await page.evaluate(() => window.__sim.addSheet("Notes"));
    await page.getByRole("tab", { name: "Notes" }).click();
    await headerStatus(page).filter({ hasText: "This sheet is empty" }).waitFor();
    await page.getByRole("tab", { name: first }).click();
    await headerStatus(page)
      .filter({ hasText: /template columns recognised/ })
      .waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
