// A Chromium or Chrome (found by scripts/chromium.js) driven by playwright-core, with the simulated
// Excel host served in place of office.js and every request that leaves 127.0.0.1 aborted and recorded.
import { chromium, type Browser, type Page } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { playgroundDir } from "./server";
import { findChromium } from "../../scripts/chromium";

export const resultsDir = join(__dirname, "..", "..", "test-results");

// playwright-core gives every launch a fresh temporary profile (its own --user-data-dir).
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // The same finder `npm test` checks before it starts (CHROMIUM_PATH first).
    executablePath: findChromium() ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

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
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  const simhost = readFileSync(join(playgroundDir, "simhost.js"), "utf8");
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url)) {
      if (options.withoutHost)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: simhost });
    }
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
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
