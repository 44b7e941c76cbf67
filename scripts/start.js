// `npm start`: sideload into Excel desktop where that exists (Windows, macOS); elsewhere serve the
// playground — the real task pane beside a simulated workbook — instead of pretending to succeed.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { officeAddinDebugging } = require("./officeAddinDebugging");

const root = path.join(__dirname, "..");
const port = Number(process.env.COSELL_PORT || 3000);
const forcePlayground = process.argv.includes("--playground");
const desktop = (process.platform === "win32" || process.platform === "darwin") && !forcePlayground;
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
  return child;
}

if (desktop) {
  // office-addin-debugging starts `npm run dev-server` over https and sideloads manifest.xml into Excel.
  const tool = officeAddinDebugging(root);
  run(tool.command, [...tool.args, "start", "manifest.xml", "desktop", "--app", "excel"], {
    COSELL_HTTPS: "1",
  });
} else {
  const url = `http://127.0.0.1:${port}/playground.html`;
  console.log(
    [
      `Excel desktop cannot run on ${process.platform}, so this serves the playground instead:`,
      `  ${url}`,
      "It is the real task pane beside a SIMULATED workbook (no Excel involved). Stop with Ctrl+C or `npm stop`.",
      "To use the add-in in Excel on the web, see README > Sideload in Excel on the web.",
      "",
    ].join("\n"),
  );
  const child = run(bin("webpack"), ["serve", "--mode", "development", "--env", "playground"], {
    COSELL_PORT: String(port),
  });
  fs.writeFileSync(path.join(root, ".playground.pid"), String(child.pid));
}
