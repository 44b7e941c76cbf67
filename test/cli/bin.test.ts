// The real thing: compile with the `prepare` command, then run bin/cosell-check.js as a user would.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./memoryIo";

jest.setTimeout(120_000);

let compileOutput = "";

beforeAll(() => {
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    compileOutput = String((error as { stdout?: string }).stdout ?? error);
  }
});

it("compiles as `prepare` does, without errors, and runs bin/cosell-check.js on the clean example", () => {
  // A type error anywhere in src/core or src/cli fails `npm ci` (prepare) and so `npx cosell-check`.
  expect(compileOutput).toBe("");
  expect(existsSync(join(ROOT, "lib", "cli", "main.js"))).toBe(true);
  const run = spawnSync(process.execPath, ["bin/cosell-check.js", "examples/clean.csv"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "" },
  });
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(/^examples\/clean\.csv\n/);
  expect(run.stdout).toMatch(/\n10 records: 0 errors, 0 warnings, 0 notices\.\n$/);
  expect(run.status).toBe(0);
});

it("exits 2 with one sentence for a missing file", () => {
  const run = spawnSync(process.execPath, ["bin/cosell-check.js", "examples/nope.csv"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe("cosell-check: Cannot read examples/nope.csv: there is no such file.\n");
  expect(run.status).toBe(2);
});
