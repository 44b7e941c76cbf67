// The playground's language and theme switches (production build, headless Chromium, simulated
// Excel): the real task pane is mounted again in the chosen language and theme, Office reports
// them, the workbook beside it is kept and the pane still checks it.
import type { Page } from "playwright-core";
import { openPlayground, useTestBrowser } from "./browser";
import { goToStep, waitForStep } from "./taskpaneDriver";
import { fr } from "../../src/taskpane/i18n/fr";
import { UI_STRINGS, SUPPORTED_LANGUAGES } from "../../src/taskpane/i18n/languages";

const run = useTestBrowser();

const languagePicker = (page: Page) => page.getByRole("combobox", { name: "Task pane language" });
const darkSwitch = (page: Page) => page.getByRole("switch", { name: "Dark theme" });

/** Relative luminance of the pane's own background (Fluent's provider paints it). */
async function paneLuminance(page: Page): Promise<number> {
  return page.locator("#container .fui-FluentProvider").evaluate((el) => {
    const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map((n) => Number(n) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

/** What the task pane shows of itself: its headings and the language it declares. */
async function paneIdentity(page: Page): Promise<{ titles: string[]; lang: string | null }> {
  const titles = await page.locator("#container h1").allTextContents();
  const lang = await page.locator("#container main").first().getAttribute("lang");
  return { titles, lang };
}

describe("playground language and theme switches", () => {
  it("remount the real pane in French and dark, keep the workbook, and the pane still checks it", async () => {
    const { page, pageErrors } = await openPlayground(run.browser, run.server.origin, {
      dismissGettingStarted: false,
    });
    await page.locator('td[data-address="A1"]').click();
    await page.getByRole("button", { name: "Paste sample with mistakes at A1" }).click();
    const pasted = await page.evaluate(() => JSON.stringify(window.__sim.sheet("Sheet1").values("A1:Z20")));
    expect(await paneLuminance(page)).toBeGreaterThan(0.5);

    await languagePicker(page).selectOption({ label: "Français" });
    await page.getByRole("heading", { level: 1, name: fr.appTitle }).waitFor();
    expect(await paneIdentity(page)).toEqual({ titles: [fr.appTitle], lang: "fr" });
    expect(await page.evaluate(() => Office.context.displayLanguage)).toBe("fr-FR");
    expect(new URL(page.url()).searchParams.get("sim-lang")).toBe("fr-FR");

    await darkSwitch(page).check();
    await page.waitForFunction(() => Office.context.officeTheme.isDarkTheme);
    await page.getByRole("heading", { level: 1, name: fr.appTitle }).waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector("#container .fui-FluentProvider");
      const [r, g, b] = (el ? (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []) : []).map(Number);
      return r + g + b < 3 * 128;
    });
    expect(await paneLuminance(page)).toBeLessThan(0.5);
    expect(await paneIdentity(page)).toEqual({ titles: [fr.appTitle], lang: "fr" });
    expect(new URL(page.url()).searchParams.get("sim-theme")).toBe("dark");

    // The workbook is untouched by the switches, and the remounted pane works on it.
    expect(await page.evaluate(() => JSON.stringify(window.__sim.sheet("Sheet1").values("A1:Z20")))).toBe(
      pasted,
    );
    await goToStep(page, "check", fr);
    await page.getByRole("button", { name: fr.checkRun }).click();
    // A check with errors moves the pane on to Review & fix; the summary stays in Check.
    await waitForStep(page, "review", fr);
    expect(Number(await page.getByTestId("summary-errors").locator("dd").textContent())).toBeGreaterThan(0);

    await darkSwitch(page).uncheck();
    await page.waitForFunction(() => !Office.context.officeTheme.isDarkTheme);
    await page.getByRole("heading", { level: 1, name: fr.appTitle }).waitFor();
    expect(await paneLuminance(page)).toBeGreaterThan(0.5);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it.each(SUPPORTED_LANGUAGES)("offers %s, and the pane then speaks it", async (code) => {
    const { page, pageErrors } = await openPlayground(run.browser, run.server.origin, {
      dismissGettingStarted: false,
    });
    const option = page.locator(`option[value="${code}"]`);
    await languagePicker(page).selectOption({ label: (await option.textContent()) ?? "" });
    const title = UI_STRINGS[code].appTitle;
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await paneIdentity(page)).toEqual({ titles: [title], lang: code });
    expect(await page.evaluate(() => Office.context.displayLanguage.split("-")[0])).toBe(code);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
