// The header check in the real task pane (production build, headless Chromium, simulated Excel
// host, 320 px): what Prepare says on open, on a sheet exported with an old template (after the
// user checks it, as they would after switching to it), and after Insert template.
import type { Page } from "playwright-core";
import { openTaskpane, screenshotPath, useTestBrowser } from "./browser";
import { brokenWords, describeViolations, horizontalOverflow, seriousViolations } from "./pageChecks";
import { checkSheet, goToStep, insertTemplate, waitForStatus } from "./taskpaneDriver";
import { templateHeader } from "../../src/core";

const run = useTestBrowser();

const prepare = (page: Page) => page.getByRole("region", { name: "Prepare" });

/** An export made with the old template: no Marketplace Purchase Intent, and one typo. */
function oldTemplateRows(): string[][] {
  const header = templateHeader({ solutionColumns: 1, teamMemberColumns: 1 })
    .filter((name) => name !== "Marketplace Purchase Intent")
    .map((name) => (name === "Deal Name" ? "Deal Nme" : name));
  const record = header.map((name) => (name === "Deal Nme" ? "Contoso rollout" : ""));
  return [header, record];
}

async function problemsAt320(page: Page, state: string): Promise<string> {
  const problems: string[] = [];
  const violations = await seriousViolations(page);
  if (violations.length > 0) problems.push(describeViolations(state, violations));
  const overflow = await horizontalOverflow(page);
  if (overflow.scrollWidth > overflow.clientWidth)
    problems.push(`[${state}] scrolls sideways: ${overflow.offenders.join(", ")}`);
  const broken = await brokenWords(page);
  if (broken.length > 0) problems.push(`[${state}] words broken across lines: ${broken.join(", ")}`);
  return problems.join("\n");
}

describe("the header check in Prepare", () => {
  it("on open suggests the template for the blank sheet; shows an old template once the user checks it", async () => {
    const { page, pageErrors } = await openTaskpane(run.browser, run.server.origin);
    await prepare(page)
      .getByText("This sheet is empty: select Insert template to start from the co-sell template.")
      .waitFor();

    // The user switches to the sheet they exported long ago and selects Check sheet.
    await page.evaluate(
      ([rows]) => {
        window.__sim.addSheet("Old export", rows);
        window.__sim.activate("Old export");
      },
      [oldTemplateRows()] as const,
    );
    await checkSheet(page);
    // The header row's own findings are told in Prepare.
    await goToStep(page, "prepare");
    const bar = prepare(page).getByTestId("header-old-template");
    await bar.getByText("This is an old template").waitFor();
    expect(await bar.textContent()).toContain(
      "Column Marketplace Purchase Intent is missing: old templates don't work, download the new template in Partner Center.",
    );
    await prepare(page)
      .getByTestId("header-findings")
      .getByText('Column header "Deal Nme" is not a co-sell template column; did you mean "Deal Name"?')
      .waitFor();
    expect(
      await prepare(page)
        .getByText(/This sheet is empty/)
        .count(),
    ).toBe(0);
    await page.screenshot({ path: screenshotPath("header-old-template"), fullPage: true });
    expect(await problemsAt320(page, "old template")).toBe("");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("after Insert template says how many template columns it recognises and suggests dropdowns", async () => {
    const { page, pageErrors } = await openTaskpane(run.browser, run.server.origin);
    await prepare(page)
      .getByText(/This sheet is empty/)
      .waitFor();
    await insertTemplate(page, 2, 2);
    const columns = templateHeader({ solutionColumns: 2, teamMemberColumns: 2 }).length;
    await prepare(page).getByText(`Header row: ${columns} template columns recognised.`).waitFor();
    await waitForStatus(page, /Next, select Add dropdowns so that list columns offer their allowed values\./);
    expect(
      await prepare(page)
        .getByText(/This sheet is empty/)
        .count(),
    ).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
