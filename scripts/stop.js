// `npm stop`: ends the Excel sideload session (Windows, macOS) or the playground server.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { officeAddinDebugging } = require("./officeAddinDebugging");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".playground.pid");

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  fs.rmSync(pidFile);
  try {
    process.kill(pid);
    console.log(`Stopped the playground server (pid ${pid}).`);
  } catch {
    console.log("The playground server was not running.");
  }
} else if (process.platform === "win32" || process.platform === "darwin") {
  const tool = officeAddinDebugging(root);
  const result = spawnSync(tool.command, [...tool.args, "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
} else {
  console.log("Nothing to stop.");
}
