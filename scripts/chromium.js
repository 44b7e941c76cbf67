// Finds a Chromium-family browser for the browser tests and decides what `npm test` does without
// one: install Debian's chromium when it can (root with apt-get), else stop with one sentence.
// Everything the decision depends on (env, platform, uid, files) is passed in, so it is testable.
const path = require("node:path");
const fs = require("node:fs");

const unixNames = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "chrome",
  "microsoft-edge",
  "microsoft-edge-stable",
];
const linuxPlaces = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/lib/chromium/chromium",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/opt/microsoft/msedge/msedge",
];
const macApps = [
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Chromium.app/Contents/MacOS/Chromium",
  "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
  "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];
const windowsApps = [
  "Google\\Chrome\\Application\\chrome.exe",
  "Chromium\\Application\\chrome.exe",
  "Microsoft\\Edge\\Application\\msedge.exe",
];

function isExecutable(file) {
  try {
    fs.accessSync(file, process.platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Every place a browser may be, in order of preference: PATH names first, then install folders. */
function candidates({ env, platform }) {
  const p = platform === "win32" ? path.win32 : path.posix;
  const pathDirs = (env.PATH || env.Path || "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  const names = platform === "win32" ? ["chrome.exe", "chromium.exe", "msedge.exe"] : unixNames;
  const onPath = pathDirs.flatMap((dir) => names.map((name) => p.join(dir, name)));
  if (platform === "darwin") {
    const roots = ["/Applications", env.HOME && p.join(env.HOME, "Applications")].filter(Boolean);
    return [...onPath, ...roots.flatMap((root) => macApps.map((app) => p.join(root, app)))];
  }
  if (platform === "win32") {
    // Node's env is case-insensitive on Windows; an injected one is not.
    const roots = [
      env.LOCALAPPDATA,
      env.ProgramFiles || env.PROGRAMFILES,
      env["ProgramFiles(x86)"] || env["PROGRAMFILES(X86)"],
    ].filter(Boolean);
    return [...onPath, ...roots.flatMap((root) => windowsApps.map((app) => p.join(root, app)))];
  }
  return [...onPath, ...linuxPlaces];
}

/** The browser to use: CHROMIUM_PATH when set (even if wrong, so the user hears about it), else the first found. */
function findChromium({ env = process.env, platform = process.platform, exists = isExecutable } = {}) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return candidates({ env, platform }).find((file) => exists(file));
}

function hasAptGet({ env, platform, exists }) {
  if (platform !== "linux") return false;
  const dirs = (env.PATH || "").split(":").filter(Boolean).concat(["/usr/bin"]);
  return dirs.some((dir) => exists(path.posix.join(dir, "apt-get")));
}

const thenAgain = "then run `npm test` again (`npm run test:unit` needs no browser).";

function installHint(platform, apt) {
  if (platform === "darwin")
    return "install Google Chrome (https://www.google.com/chrome/) or Chromium (`brew install --cask chromium`)";
  if (platform === "win32") return "install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge";
  if (apt) return "install Debian's chromium (`sudo apt-get install chromium`)";
  return "install Chromium or Google Chrome with your system's package manager";
}

/**
 * What `npm test` should do: { action: "use", path } | { action: "install", commands } |
 * { action: "stop", message } (one sentence).
 */
function decide({ env = process.env, platform = process.platform, uid, exists = isExecutable } = {}) {
  const found = findChromium({ env, platform, exists });
  if (found) return { action: "use", path: found };
  if (env.CHROMIUM_PATH)
    return {
      action: "stop",
      message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file: point it at a Chromium or Chrome executable or unset it, ${thenAgain}`,
    };
  const apt = hasAptGet({ env, platform, exists });
  if (apt && uid === 0)
    return {
      action: "install",
      commands: [
        ["apt-get", ["update", "-qq"]],
        ["apt-get", ["install", "-y", "-qq", "chromium"]],
      ],
    };
  return {
    action: "stop",
    message: `No Chromium or Chrome was found for the browser tests: ${installHint(platform, apt)} or set CHROMIUM_PATH to one, ${thenAgain}`,
  };
}

module.exports = { candidates, findChromium, decide, isExecutable };
