// The task pane as a user meets it: served from the production build, in Chromium, with the
// simulated Excel host answering in place of office.js.
import { openTaskpane, screenshotPath, useTestBrowser } from "./browser";

const run = useTestBrowser();

describe("task pane under the simulated Excel host", () => {
  it("renders with Fluent UI and inserts the template when the button is clicked", async () => {
    const { page, foreignRequests, pageErrors } = await openTaskpane(run.browser, run.server.origin);
    await page.getByRole("heading", { name: "Co-sell Upload Checker" }).waitFor();
    // Fluent's provider sets its tokens as CSS variables on its root element.
    const fluentTokens = await page.evaluate(() =>
      getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).getPropertyValue(
        "--colorBrandBackground",
      ),
    );
    expect(fluentTokens.trim()).not.toBe("");

    await page.getByRole("button", { name: "Insert template" }).click();
    await page.getByText(/Template inserted on sheet/).waitFor();
    const header = await page.evaluate(() => {
      const sim = window.__sim;
      const sheet = sim.sheet(sim.activeSheet ?? "Sheet1");
      return sheet.values("A1:E1")[0];
    });
    expect(header).toEqual(["Errors", "Engagement ID", "Referral ID", "Deal Name", "Customer Name"]);
    await page.screenshot({ path: screenshotPath("foundation-template-inserted"), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("says in one sentence that it runs in Excel when opened in a plain browser", async () => {
    const { page } = await openTaskpane(run.browser, run.server.origin, { withoutHost: true });
    // Without office.js the page has no Office global; the entry must still not crash silently.
    await page.getByText(/runs inside Excel/).waitFor({ timeout: 10000 });
  });
});

describe("playground", () => {
  it("shows the simulated workbook beside the task pane, labelled as a simulation", async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await page.route("**/*", (route) =>
      route.request().url().startsWith(run.server.origin) ? route.continue() : route.abort(),
    );
    await page.goto(`${run.server.origin}/playground.html`);
    await page
      .getByText(/simulated/i)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Insert template" }).click();
    await page.locator('td[data-address="D1"]', { hasText: "Deal Name" }).waitFor();
    await page.screenshot({ path: screenshotPath("playground"), fullPage: false });
    // Every file the page asks for exists (a missing favicon.ico used to answer 404).
    expect(missing).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    __sim: import("../../src/simhost").SimHandle;
  }
}
