// The task pane's page outside Excel, for the browser tests and the measurement scripts alike:
// a static server over the built folders, a headless Chromium, and Office.js served by the
// simulated host while every request that leaves 127.0.0.1 is aborted and recorded.
// Plain CommonJS so that the scripts run it without a build.
const { createServer } = require("node:http");
const { URL } = require("node:url");
const { readFile } = require("node:fs/promises");
const { extname, join, normalize } = require("node:path");
const { chromium } = require("playwright-core");
const { findChromium } = require("./chromium");

const root = join(__dirname, "..");
const distDir = join(root, "dist");
const playgroundDir = join(root, "dist-playground");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".map": "application/json",
  ".csv": "text/csv; charset=utf-8",
};

/** Serves `dirs` on 127.0.0.1 at a free port; a path is looked up in each folder in turn. */
async function serveBuilds(dirs = [distDir, playgroundDir]) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const relative = pathname === "/" ? "taskpane.html" : pathname;
    for (const dir of dirs) {
      const file = normalize(join(dir, relative));
      if (!file.startsWith(dir)) return void res.writeHead(403).end();
      try {
        const body = await readFile(file);
        return void res
          .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
          .end(body);
      } catch {
        // not in this folder: try the next
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// playwright-core gives every launch a fresh temporary profile (its own --user-data-dir).
function launchChromium() {
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

/**
 * Routes the page's requests: office.js becomes `officeJs` (the simulated host's script, or "" for a
 * plain browser), our origin passes, anything else is aborted and its URL returned in the list.
 */
async function routeOfficeJs(page, origin, officeJs) {
  const foreignRequests = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return foreignRequests;
}

/** The simulated host's script from the playground build. */
function simulatedOfficeJs() {
  return require("node:fs").readFileSync(join(playgroundDir, "simhost.js"), "utf8");
}

module.exports = { distDir, playgroundDir, serveBuilds, launchChromium, routeOfficeJs, simulatedOfficeJs };
