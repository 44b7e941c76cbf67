// `npm run measure:blocking`: how long the task pane's thread stays blocked while it checks and
// saves a 5,000-record × 155-column sheet, in headless Chromium with the built playground
// (dist-playground/: the production task pane, the simulated Excel host served as office.js).
//
// What is measured: frames (a requestAnimationFrame loop; a gap between two frames is time the
// page could not paint or handle a click) and Long Tasks (PerformanceObserver "longtask").
// The simulated host answers in the same page, whereas real Excel answers from its own process:
// it records when it answered each request and for how long (RequestLogEntry.startMs/hostMs), and
// that time is subtracted from each gap to give the pane's own blocking ("pane" columns). The
// "page" columns include the host's time. The host answers each request in a task of its own
// (?sim-roundtrip=task), as real Excel's answers arrive, not as one chain of microtasks. Office.js's own parsing of Excel's answers (which the
// simulated host does not need) is not in either figure.
//
// Phases, split at the host's requests: read (until the last chunk of the sheet was answered),
// check (from there to the first write request: the engine's work, the findings sent back), marks (the
// write requests), render (after the last request until the pane announced the result). Save runs
// its check (read + check), then after "Save anyway" its build (read + check + CSV + download).
// Cancel: Cancel check pressed 0.5 s after it appeared; whether and when the pane cancelled.
//
// Options: --records N (5000), --runs N (3; each figure is the median over runs of the run's
// longest), --json FILE. Needs `npm run build:playground` (and lib/ from `tsc -p tsconfig.cli.json`
// for the generated data; compiled on demand).
/* global window, performance, requestAnimationFrame, PerformanceObserver */
const { execFileSync } = require("node:child_process");
const { existsSync, writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const os = require("node:os");
const { launchChromium, routeOfficeJs, serveBuilds, simulatedOfficeJs } = require("./pane-host");

const ROOT = join(__dirname, "..");
const PLAYGROUND = join(ROOT, "dist-playground");
const FRAME_MS = 1000 / 60;
/** A gap counts as blocked from this long (the Long Tasks API's threshold). */
const LONG_MS = 50;
const CANCEL_AFTER_MS = 500;
const CHUNK_BYTES = 100_000;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function ensureBuilt() {
  if (!existsSync(join(PLAYGROUND, "taskpane.js")) || !existsSync(join(PLAYGROUND, "simhost.js")))
    throw new Error("dist-playground/ is missing: run `npm run build:playground` first");
  if (!existsSync(join(ROOT, "lib", "core", "check.js"))) {
    console.log("lib/ is missing: compiling with tsc -p tsconfig.cli.json …");
    try {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
    } catch {
      // tsc still emits when it reports type errors
    }
  }
}

/** Runs in the page before anything else: the frame loop and the Long Tasks observer. */
function installMonitor() {
  const m = { frames: [], longTasks: [], on: false };
  window.__blocking = m;
  const tick = (t) => {
    if (m.on) m.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      if (!m.on) return;
      for (const e of list.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  } catch {
    m.noLongTasks = true;
  }
}

async function openPane(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await routeOfficeJs(page, origin, simulatedOfficeJs());
  await page.addInitScript(installMonitor);
  // Requests answered as tasks, as real Excel's are (the simulated host's default is a microtask).
  await page.goto(`${origin}/taskpane.html?sim-roundtrip=task`);
  await page.getByRole("navigation", { name: "Steps" }).waitFor();
  return { page, context };
}

/** Selects a step's tab of the pane (Check and Save are steps of their own). */
async function goToStep(page, name) {
  const tab = page.getByRole("navigation", { name: "Steps" }).getByRole("tab", { name, exact: true });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

async function loadSheet(page, rows) {
  await page.evaluate((r) => {
    // Every cell as text, as Open CSV writes a file.
    window.__sim.addSheet("Big", r);
    window.__sim.activate("Big");
  }, rows);
  await page.waitForTimeout(500);
}

async function startWindow(page) {
  return page.evaluate(() => {
    window.__sim.resetSyncCount();
    const m = window.__blocking;
    m.frames = [];
    m.longTasks = [];
    m.on = true;
    return performance.now();
  });
}

async function endWindow(page, start) {
  await page.waitForTimeout(300); // the frames after the result
  return page.evaluate((from) => {
    const m = window.__blocking;
    m.on = false;
    const requests = window.__sim.requests.map((r) => ({
      start: r.startMs,
      ms: r.hostMs,
      writes: Boolean(r.writes),
      bytes: r.responseBytes,
    }));
    return { start: from, end: performance.now(), frames: m.frames, longTasks: m.longTasks, requests };
  }, start);
}

const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Host time inside [from, to]. */
function hostTime(requests, from, to) {
  return requests.reduce((sum, r) => sum + overlap(from, to, r.start, r.start + r.ms), 0);
}

/** Phase boundaries from the host's requests (see the header). */
function phasesOf(w, names) {
  const writes = w.requests.filter((r) => r.writes);
  const firstWrite = writes.length ? Math.min(...writes.map((r) => r.start)) : Infinity;
  // The sheet's chunks (MBs each); the marks' own small reads and later ones (header status) are not.
  const reads = w.requests.filter((r) => !r.writes && r.start < firstWrite && r.bytes > CHUNK_BYTES);
  const lastRead = reads.length ? Math.max(...reads.map((r) => r.start + r.ms)) : w.start;
  const cuts = [[names[0], w.start, lastRead]];
  if (writes.length) {
    const lastWrite = Math.max(...writes.map((r) => r.start + r.ms));
    cuts.push(
      [names[1], lastRead, firstWrite],
      ["marks", firstWrite, lastWrite],
      ["render", lastWrite, w.end],
    );
  } else cuts.push([names[1], lastRead, w.end]);
  return cuts;
}

/** Per phase: the longest blocked stretch (page, and the pane's own) from frames and long tasks. */
function analyse(w, names) {
  const gaps = [];
  for (let i = 1; i < w.frames.length; i++) gaps.push([w.frames[i - 1], w.frames[i]]);
  if (w.frames.length) gaps.push([w.start, w.frames[0]], [w.frames[w.frames.length - 1], w.end]);
  const blocked = gaps
    .filter(([a, b]) => b - a >= LONG_MS)
    .map(([a, b]) => ({
      from: a,
      to: b,
      page: b - a - FRAME_MS,
      pane: b - a - FRAME_MS - hostTime(w.requests, a, b),
    }));
  const tasks = w.longTasks.map((t) => ({
    from: t.start,
    to: t.start + t.duration,
    page: t.duration,
    pane: t.duration - hostTime(w.requests, t.start, t.start + t.duration),
  }));
  const out = {};
  for (const [name, from, to] of phasesOf(w, names)) {
    const inside = (x) => (x.from + x.to) / 2 >= from && (x.from + x.to) / 2 < to;
    const max = (list, key) => Math.max(0, ...list.filter(inside).map((x) => x[key]));
    out[name] = {
      ms: to - from,
      framePage: max(blocked, "page"),
      framePane: max(blocked, "pane"),
      taskPage: max(tasks, "page"),
      taskPane: max(tasks, "pane"),
    };
  }
  out.whole = {
    ms: w.end - w.start,
    framePage: Math.max(0, ...blocked.map((x) => x.page)),
    framePane: Math.max(0, ...blocked.map((x) => x.pane)),
    taskPage: Math.max(0, ...tasks.map((x) => x.page)),
    taskPane: Math.max(0, ...tasks.map((x) => x.pane)),
  };
  return out;
}

async function measureCheck(page) {
  await goToStep(page, "Check");
  const start = await startWindow(page);
  await page.getByRole("button", { name: "Check sheet" }).click();
  await page
    .getByRole("status", { name: "Status" })
    .filter({ hasText: /Check complete/ })
    .waitFor({ timeout: 300_000 });
  return analyse(await endWindow(page, start), ["read", "check"]);
}

async function measureSave(page) {
  await goToStep(page, "Save");
  let start = await startWindow(page);
  await page.getByRole("button", { name: "Save as CSV" }).click();
  await page.getByRole("button", { name: "Save anyway" }).waitFor({ timeout: 300_000 });
  const checkPart = analyse(await endWindow(page, start), ["read", "check"]);
  start = await startWindow(page);
  await page.getByRole("button", { name: "Save anyway" }).click();
  try {
    await page
      .getByRole("status", { name: "Status" })
      .filter({ hasText: /Download of|files are ready/ })
      .waitFor({ timeout: 300_000 });
  } catch (error) {
    await page.screenshot({ path: join(ROOT, ".bench", "blocking-save.png"), fullPage: true });
    throw error;
  }
  const buildPart = analyse(await endWindow(page, start), ["read", "check + CSV"]);
  return { "save: check": checkPart, "save: build": buildPart };
}

/**
 * Presses Cancel check `afterMs` into a check's read; ms from the press until the pane says so.
 * A pane blocked until the check ended cannot take the click: then cancelled is false.
 */
async function measureCancel(page, afterMs) {
  const before = JSON.stringify(await page.evaluate(() => window.__sim.sheet("Big").conditionalFormats()));
  await goToStep(page, "Check");
  await page.getByRole("button", { name: "Check sheet" }).click();
  const cancel = page.getByRole("button", { name: "Cancel check" });
  await cancel.waitFor();
  await page.waitForTimeout(afterMs);
  const pressed = Date.now();
  const status = page.getByRole("status", { name: "Status" });
  const ended = status
    .filter({ hasText: /Check cancelled|Check complete/ })
    .waitFor({ timeout: 300_000 })
    .then(() => Date.now() - pressed);
  // A click event handled as soon as the page is free (a mouse click on a moving pane would need
  // Playwright's "stable" checks, which wait for painted frames).
  const click = cancel.dispatchEvent("click", undefined, { timeout: 300_000 }).then(
    () => Date.now() - pressed,
    () => null, // the check ended first and took the button away
  );
  const endedMs = await ended;
  const clickMs = await Promise.race([click, Promise.resolve(null)]);
  const cancelled = /Check cancelled/.test((await status.textContent()) ?? "");
  const after = JSON.stringify(await page.evaluate(() => window.__sim.sheet("Big").conditionalFormats()));
  return { clickMs, cancelled, endedMs, unchanged: before === after };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const began = Date.now();
const log = (what) => process.stdout.write(`${((Date.now() - began) / 1000).toFixed(0)} s: ${what}\n`);

async function main() {
  ensureBuilt();
  const records = Number(arg("records", "5000"));
  const runs = Number(arg("runs", "3"));
  const { benchTable } = require("./bench-data");
  const rows = benchTable(records).rows;
  const server = await serveBuilds([PLAYGROUND]);
  const browser = await launchChromium();
  const results = [];
  const cancels = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { page, context } = await openPane(browser, server.origin);
      await loadSheet(page, rows);
      const only = arg("only", "");
      const check = only === "cancel" ? {} : await measureCheck(page);
      log("check measured");
      const save = only === "cancel" ? {} : await measureSave(page);
      log("save measured");
      results.push({ check, ...save });
      cancels.push(await measureCancel(page, CANCEL_AFTER_MS));
      await context.close();
      process.stdout.write(`run ${run + 1}/${runs} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fmt = (ms) => `${Math.round(ms)}`.padStart(6);
  console.log(
    `\n${records} records × ${rows[0].length} columns, ${runs} runs (median of each run's longest), ms; ` +
      `${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}\n`,
  );
  console.log("operation      phase         duration  frame(page) frame(pane)  task(page)  task(pane)");
  for (const operation of Object.keys(results[0])) {
    for (const phase of Object.keys(results[0][operation])) {
      const pick = (key) => median(results.map((r) => r[operation][phase]?.[key] ?? 0));
      console.log(
        `${operation.padEnd(14)} ${phase.padEnd(12)} ${fmt(pick("ms"))}    ${fmt(pick("framePage"))}      ${fmt(pick("framePane"))}      ${fmt(pick("taskPage"))}      ${fmt(pick("taskPane"))}`,
      );
    }
  }
  for (const c of cancels)
    console.log(
      `Cancel pressed ${CANCEL_AFTER_MS} ms into a check's read: ` +
        (c.cancelled
          ? `cancelled, click taken after ${c.clickMs} ms, announced after ${c.endedMs} ms; marks unchanged: ${c.unchanged}`
          : `NOT cancelled: the check ended ${c.endedMs} ms later (click ${c.clickMs === null ? "never taken" : `taken after ${c.clickMs} ms`})`),
    );
  const json = arg("json", join(ROOT, ".bench", "blocking.json"));
  mkdirSync(join(json, ".."), { recursive: true });
  writeFileSync(
    json,
    JSON.stringify({ records, runs, results, cancels, date: new Date().toISOString() }, null, 2),
  );
  console.log(`raw figures: ${json}`);
}

main().catch((error) => {
  console.error(`measure-blocking: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
});
