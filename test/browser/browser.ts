// A Chromium or Chrome (found by scripts/chromium.js) driven by playwright-core, with the simulated
// Excel host served in place of office.js and every request that leaves 127.0.0.1 aborted and recorded.
import type { Browser, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, routeOfficeJs, simulatedOfficeJs } from "../../scripts/pane-host";

export { launchChromium };

export const resultsDir = join(__dirname, "..", "..", "test-results");

export interface TaskpaneOptions {
  lang?: string;
  theme?: "light" | "dark";
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Serve nothing for office.js: the page then runs as in a plain browser. */
  withoutHost?: boolean;
  width?: number;
  /** Viewport height; default 900. */
  height?: number;
}

export interface OpenedPage {
  page: Page;
  /** Requests that went anywhere but our own origin (office.js excepted); aborted. */
  foreignRequests: string[];
  pageErrors: string[];
}

export async function openTaskpane(
  browser: Browser,
  origin: string,
  options: TaskpaneOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  const officeJs = options.withoutHost ? "" : simulatedOfficeJs();
  const foreignRequests = await routeOfficeJs(page, origin, officeJs);
  const query = new URLSearchParams();
  if (options.lang) query.set("sim-lang", options.lang);
  if (options.theme) query.set("sim-theme", options.theme);
  if (options.platform) query.set("sim-platform", options.platform);
  await page.goto(`${origin}/taskpane.html?${query}`);
  return { page, foreignRequests, pageErrors };
}

export function screenshotPath(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, `${name}.png`);
}
