// The playground's grid as a user sees it (production build, headless Chromium, simulated Excel):
// a 5,000-row sheet renders only what is in view, column letters, row numbers and frozen rows stay
// while scrolling, Go to cell from a finding scrolls the grid to the cell, and the name box and
// formula bar follow the add-in's selection and writes.
import type { Locator, Page } from "playwright-core";
import { openPlayground, screenshotPath, useTestBrowser } from "./browser";
import { checkSheet, findingButton, openGroup, paste, readExample } from "./taskpaneDriver";

const run = useTestBrowser();

const scroller = (page: Page) => page.getByTestId("grid-scroller");
const cell = (page: Page, address: string) => page.locator(`td[data-address="${address}"]`);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not rendered");
  return b;
}

/** Whether the element is wholly inside the grid's scroller (what the user can see of the sheet). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  const [outer, inner] = [await box(scroller(page)), await box(locator)];
  return (
    inner.y >= outer.y - 0.5 &&
    inner.x >= outer.x - 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5
  );
}

async function scrollGrid(page: Page, top: number | "end", left: number | "end"): Promise<void> {
  await scroller(page).evaluate(
    (el, [t, l]) => {
      el.scrollTo({
        top: t === "end" ? el.scrollHeight : (t as number),
        left: l === "end" ? el.scrollWidth : (l as number),
      });
    },
    [top, left] as const,
  );
  // One frame for the scroll event and React's render of the newly visible rows.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

describe("the playground's grid", () => {
  it("shows all 5,000 × 155 cells by scrolling, rendering only those in view, with headers pinned", async () => {
    const { page, pageErrors } = await openPlayground(run.browser, run.server.origin, { height: 800 });
    await page.evaluate(() => {
      const rows = Array.from({ length: 5001 }, (_, r) =>
        Array.from({ length: 155 }, (_, c) => (r === 0 ? `Column ${c + 1}` : `r${r}c${c + 1}`)),
      );
      window.__sim.paste("Sheet1", "A1", rows);
    });
    // Excel's View › Freeze Top Row, as the template and Open CSV set it.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1);
        await context.sync();
      }),
    );
    await cell(page, "A2").filter({ hasText: "r1c1" }).waitFor();
    const rendered = await page.locator("table.grid td[data-address]").count();
    expect(rendered).toBeGreaterThan(50);
    expect(rendered).toBeLessThan(5000); // the sheet has 775,155 cells

    await scrollGrid(page, "end", "end");
    const last = cell(page, "EY5001");
    await last.filter({ hasText: "r5000c155" }).waitFor();
    expect(await inView(page, last)).toBe(true);
    expect(await page.locator("table.grid td[data-address]").count()).toBeLessThan(5000);
    const grid = await box(scroller(page));
    // Column letters stay at the top, the sheet's frozen header row right under them …
    const letters = await box(page.locator("table.grid thead th", { hasText: /^EY$/ }));
    expect(Math.abs(letters.y - grid.y)).toBeLessThan(1);
    const frozenHeader = await box(cell(page, "EY1"));
    expect(Math.abs(frozenHeader.y - (letters.y + letters.height))).toBeLessThan(1);
    expect(await cell(page, "EY1").textContent()).toBe("Column 155");
    // … and row numbers stay at the left.
    const rowNumber = await box(page.locator("table.grid tbody th", { hasText: /^5001$/ }));
    expect(Math.abs(rowNumber.x - grid.x)).toBeLessThan(1);
    await page.screenshot({ path: screenshotPath("playground-grid-scrolled") });

    // Scrolling back shows the top left again.
    await scrollGrid(page, 0, 0);
    expect(await inView(page, cell(page, "A2"))).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("scrolls to the cell of a finding at row 4,000; the name box and formula bar follow the add-in", async () => {
    const { page, pageErrors } = await openPlayground(run.browser, run.server.origin, { height: 800 });
    const [header, , record] = readExample("clean.csv");
    const at = (name: string) => header.findIndex((h) => h.replace(/^\uFEFF/, "") === name);
    const rows = [header];
    for (let i = 1; i <= 4999; i++) {
      const row = [...record];
      row[at("Deal Name")] = `Fabrikam deal ${i}`;
      row[at("CRM ID")] = `CRM-${i}`;
      row[at("Estimated Close Date")] = "6/30/2030";
      if (i === 3999) row[at("Customer Country")] = "USA"; // sheet row 4,000
      rows.push(row);
    }
    await paste(page, "Sheet1", "A1", rows);
    await checkSheet(page);
    const country = `${String.fromCharCode(65 + at("Customer Country"))}4000`; // K4000
    expect(await inView(page, cell(page, country))).toBe(false);

    await openGroup(page, "Customer Country");
    await findingButton(page, country).click();
    await cell(page, country).waitFor();
    expect(await inView(page, cell(page, country))).toBe(true);
    expect(await cell(page, country).getAttribute("aria-selected")).toBe("true");
    // The name box shows the cell the add-in selected, the formula bar its value.
    expect(await page.getByRole("textbox", { name: "Name box" }).inputValue()).toBe(country);
    expect(await page.getByRole("textbox", { name: "Cell value" }).inputValue()).toBe("USA");

    // The add-in's fix writes the cell: the formula bar shows the new value at once.
    await page.getByRole("button", { name: `Fix ${country}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('input[aria-label="Cell value"]')?.value === "US",
    );
    expect(await cell(page, country).textContent()).toBe("US");
    await page.screenshot({ path: screenshotPath("playground-go-to-row-4000") });

    // Typing an address into the name box goes there, as in Excel.
    const nameBox = page.getByRole("textbox", { name: "Name box" });
    await nameBox.fill("B20");
    await nameBox.press("Enter");
    await cell(page, "B20").and(page.locator('[aria-selected="true"]')).waitFor();
    expect(await inView(page, cell(page, "B20"))).toBe(true);
    expect(await page.evaluate(() => window.__sim.selection)).toBe("Sheet1!B20");
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    __sim: import("../../src/simhost").SimHandle;
  }
}
