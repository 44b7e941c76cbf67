// CI: the CLI as people install it. Packs the package, installs the tarball into an empty prefix
// (runtime dependencies only, from the registry) and checks that the installed `cosell-check`
// answers --version and --help and checks the examples exactly as `npx cosell-check` does here.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "cosell-pack-"));
const prefix = path.join(work, "prefix");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
/** Never in the installed CLI: the add-in's build and test tooling. */
const DEV_ONLY = ["react", "react-dom", "@fluentui", "webpack", "jest", "typescript", "playwright-core"];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    shell: process.platform === "win32",
    ...options,
  });
  if (result.error) throw result.error;
  return result;
}

function must(result, what) {
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${what} failed with exit code ${result.status}`);
  }
  return result;
}

function check(condition, sentence) {
  if (!condition) throw new Error(sentence);
}

try {
  const packed = must(run(npm, ["pack", "--json", "--pack-destination", work], { cwd: root }), "npm pack");
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")));
  const files = info.files.map((f) => f.path);
  check(files.includes("bin/cosell-check.js"), "the package has no bin/cosell-check.js");
  check(files.includes("lib/cli/main.js"), "the package has no compiled CLI (lib/cli/main.js)");
  const stray = files.filter(
    (f) => !/^(bin|lib)\//.test(f) && !/^(package\.json|README\.md|LICENSE)$/i.test(f),
  );
  check(stray.length === 0, `the package ships files it does not need: ${stray.slice(0, 5).join(", ")}`);
  check(!files.some((f) => /\.test\.js$/.test(f)), "the package ships tests");
  console.log(`packed ${info.filename}: ${files.length} files, ${info.size} bytes`);

  fs.mkdirSync(prefix);
  must(
    run(npm, [
      "install",
      "-g",
      "--prefix",
      prefix,
      "--no-audit",
      "--no-fund",
      path.join(work, info.filename),
    ]),
    "npm install -g of the packed tarball",
  );
  const installedModules = path.join(prefix, "lib", "node_modules", info.name, "node_modules");
  const installed = fs.existsSync(installedModules) ? fs.readdirSync(installedModules) : [];
  const dev = installed.filter((name) => DEV_ONLY.some((d) => name === d || name.startsWith(d + "/")));
  check(dev.length === 0, `the installed CLI pulled in development packages: ${dev.join(", ")}`);
  console.log(`installed into an empty prefix with ${installed.length} packages: ${installed.join(", ")}`);

  const binary = path.join(
    prefix,
    process.platform === "win32" ? "cosell-check.cmd" : path.join("bin", "cosell-check"),
  );
  const local = path.join(root, "bin", "cosell-check.js");
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const versionOut = must(run(binary, ["--version"]), "cosell-check --version").stdout;
  check(versionOut === `cosell-check ${version}\n`, `--version printed ${JSON.stringify(versionOut)}`);
  must(run(binary, ["--help"]), "cosell-check --help");

  const env = { ...process.env, NO_COLOR: "1" };
  for (const args of [
    ["examples/mistakes.csv"],
    ["examples/mistakes.csv", "--json"],
    ["examples/clean.csv"],
  ]) {
    const ours = run(binary, args, { cwd: root, env });
    const repo = run(process.execPath, [local, ...args], { cwd: root, env });
    check(
      ours.status === repo.status && ours.stdout === repo.stdout && ours.stderr === repo.stderr,
      `the installed CLI and the repository's differ on ${args.join(" ")}`,
    );
    console.log(
      `same output and exit code (${ours.status}) as the repository's CLI: cosell-check ${args.join(" ")}`,
    );
  }
  console.log("packed CLI: OK");
} catch (error) {
  console.error(`packed CLI: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
