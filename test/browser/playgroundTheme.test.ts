// The playground page follows its own theme switch, not only the task pane (production build,
// headless Chromium): in dark, the grid's cells, column letters, row numbers, toolbar and sheet tabs
// are dark with light text; a highlight the add-in wrote keeps its fill with dark, readable text;
// back to light, all of it is light again.
import type { Page } from "playwright-core";
import { screenshotPath, useTestBrowser } from "./browser";
import { checkSheet, paste, readExample } from "./taskpaneDriver";

const run = useTestBrowser();

interface Look {
  /** Luminance of the background and of the text, 0 (black) to 1 (white). */
  background: number;
  text: number;
}

/** How the page paints the first element matching each selector (its own background, else its parent's). */
async function looks(page: Page, selectors: Record<string, string>): Promise<Record<string, Look>> {
  return page.evaluate((wanted) => {
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((n) => {
        const c = Number(n) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const paint = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const out: Record<string, { background: number; text: number }> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      out[name] = { background: luminance(paint(el)), text: luminance(getComputedStyle(el).color) };
    }
    return out;
  }, selectors);
}

/** The switch has taken effect: the remounted pane paints its background in that theme. */
async function paneIs(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.waitForFunction((dark) => {
    const el = document.querySelector("#container .fui-FluentProvider");
    const [r, g, b] = (el ? (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []) : []).map(Number);
    return el !== null && r + g + b < 3 * 128 === dark;
  }, theme === "dark");
}

const contrast = (look: Look) =>
  (Math.max(look.background, look.text) + 0.05) / (Math.min(look.background, look.text) + 0.05);

const PARTS = {
  cell: 'td[data-address="B3"]',
  columnLetter: ".grid thead th[scope=col]",
  rowNumber: ".grid tbody th[scope=row]",
  toolbar: ".toolbar",
  tabs: ".tabs .tab.active",
  banner: "#banner",
};

describe("playground theme", () => {
  it("the grid and the page around it follow the Dark theme switch, and back", async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route("**/*", (route) =>
      route.request().url().startsWith(run.server.origin) ? route.continue() : route.abort(),
    );
    await page.goto(`${run.server.origin}/playground.html`);
    await page.getByRole("button", { name: "Got it" }).click();
    await paste(page, "Sheet1", "A1", readExample("mistakes.csv"));
    await checkSheet(page);
    // A cell the check highlighted: its fill comes from the workbook, not from the theme.
    const highlighted = await page.evaluate(() => {
      const td = [...document.querySelectorAll<HTMLElement>(".grid td[data-address]")].find(
        (el) => el.style.background !== "" && !el.style.background.startsWith("var("),
      );
      return td?.dataset.address ?? null;
    });
    expect(highlighted).not.toBeNull();
    const parts = { ...PARTS, highlighted: `td[data-address="${highlighted}"]` };

    const light = await looks(page, parts);
    for (const [name, look] of Object.entries(light)) {
      expect([name, look.background > 0.5]).toEqual([name, true]);
      expect([name, contrast(look) >= 4.5]).toEqual([name, true]);
    }

    await page.getByRole("switch", { name: "Dark theme" }).check();
    await paneIs(page, "dark");
    const dark = await looks(page, parts);
    await page.screenshot({ path: screenshotPath("playground-dark-theme") });
    for (const name of Object.keys(PARTS)) {
      expect([name, dark[name].background < 0.2]).toEqual([name, true]);
      expect([name, dark[name].text > dark[name].background]).toEqual([name, true]);
      expect([name, contrast(dark[name]) >= 4.5]).toEqual([name, true]);
    }
    // The highlight keeps its colour; its text turns dark so that it stays readable.
    expect(dark.highlighted.background).toBeCloseTo(light.highlighted.background, 5);
    expect(contrast(dark.highlighted)).toBeGreaterThanOrEqual(4.5);

    await page.getByRole("switch", { name: "Dark theme" }).uncheck();
    await paneIs(page, "light");
    expect(await looks(page, parts)).toEqual(light);
    await page.screenshot({ path: screenshotPath("playground-dark-theme-light-again") });
    await page.close();
  });
});
