#!/usr/bin/env node
// First step of `npm test`: make sure the browser tests have a Chromium or Chrome, installing
// Debian's chromium where it can, or stop with one sentence before anything runs.
const { spawnSync } = require("node:child_process");
const { decide } = require("./chromium");

function runCommand(command, args) {
  const result = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status ?? 1;
}

/** Returns the exit code; every effect goes through `deps` so tests can drive each outcome. */
function setup(deps) {
  const { env, platform, uid, exists, run, out, err } = deps;
  let plan = decide({ env, platform, uid, exists });
  if (plan.action === "install") {
    out("No Chromium or Chrome found; installing Debian's chromium with apt-get (it is root here).\n");
    for (const [command, args] of plan.commands) {
      const status = run(command, args);
      if (status !== 0) {
        err(
          `Installing Debian's chromium failed (\`${command} ${args.join(" ")}\` exited with ${status}): install it by hand or set CHROMIUM_PATH to a Chromium or Chrome executable, then run \`npm test\` again.\n`,
        );
        return 1;
      }
    }
    plan = decide({ env, platform, uid, exists });
    if (plan.action !== "use") {
      err(
        "apt-get installed chromium but no executable appeared where it is looked for: set CHROMIUM_PATH to it, then run `npm test` again.\n",
      );
      return 1;
    }
  }
  if (plan.action === "stop") {
    err(plan.message + "\n");
    return 1;
  }
  out(`Browser tests use ${plan.path}\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = setup({
    env: process.env,
    platform: process.platform,
    uid: typeof process.getuid === "function" ? process.getuid() : undefined,
    exists: require("./chromium").isExecutable,
    run: runCommand,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}

module.exports = { setup };
