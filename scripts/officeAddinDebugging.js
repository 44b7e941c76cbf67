// Microsoft's sideloading tool for `npm start`/`npm stop` on Windows and macOS. It is not a
// dependency: it pulls in keytar, a native module that cannot build everywhere, and the packed CLI
// must not carry it. A copy installed in node_modules is used; otherwise npx fetches the pinned major.
const fs = require("node:fs");
const path = require("node:path");

const PACKAGE = "office-addin-debugging@7";

/** The command and leading arguments that run office-addin-debugging. */
function officeAddinDebugging(root) {
  const local = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  if (fs.existsSync(local)) return { command: local, args: [] };
  return { command: process.platform === "win32" ? "npx.cmd" : "npx", args: ["--yes", PACKAGE] };
}

module.exports = { officeAddinDebugging };
