// A Chromium or Chrome (found by scripts/chromium.js) driven by playwright-core, with the simulated
// Excel host served in place of office.js and every request that leaves 127.0.0.1 aborted and recorded.
import type { Browser, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, routeOfficeJs, simulatedOfficeJs } from "../../scripts/pane-host";
import { serveDist, type StaticServer } from "./server";

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

/** A page in a fresh context (downloads allowed) that records the page's uncaught errors. */
async function newPage(browser: Browser, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  return { page, pageErrors };
}

export async function openTaskpane(
  browser: Browser,
  origin: string,
  options: TaskpaneOptions = {},
): Promise<OpenedPage> {
  const { page, pageErrors } = await newPage(browser, options.width ?? 320, options.height ?? 900);
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

export interface PlaygroundOptions {
  width?: number;
  height?: number;
  /** Close the first-run "Getting started" card, as a returning user has. Default true. */
  dismissGettingStarted?: boolean;
}

/**
 * The playground page (task pane beside the simulated workbook), wide as a desktop window; only
 * our origin is reachable (anything else is aborted and listed in `foreignRequests`).
 */
export async function openPlayground(
  browser: Browser,
  origin: string,
  options: PlaygroundOptions = {},
): Promise<OpenedPage> {
  const { page, pageErrors } = await newPage(browser, options.width ?? 1280, options.height ?? 900);
  // The playground brings its own simulated host: it asks for no office.js.
  const foreignRequests = await routeOfficeJs(page, origin, "");
  await page.goto(`${origin}/playground.html`);
  if (options.dismissGettingStarted ?? true) await page.getByRole("button", { name: "Got it" }).click();
  else await page.locator("#container h1").waitFor();
  return { page, foreignRequests, pageErrors };
}

/** A test file's Chromium and static server (dist/ beside dist-playground/): started before its tests, closed after. */
export interface TestBrowser {
  browser: Browser;
  server: StaticServer;
}

export function useTestBrowser(): TestBrowser {
  const run = {} as TestBrowser;
  beforeAll(async () => {
    run.server = await serveDist();
    run.browser = await launchChromium();
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.server?.close();
  });
  return run;
}
