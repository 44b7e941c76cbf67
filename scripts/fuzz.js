// `npm run fuzz [-- --count N --seed S]`: feeds N (default 100,000) random and mutated inputs to
// the command's code path (main() of the compiled CLI in lib/, with in-memory IO) and reports
// inputs tried, problems and time. Exit 1 if any input crashed or was rejected unclearly; each
// such input is saved under the OS temp folder so it can be replayed with `cosell-check <file>`.
// Not part of `npm test` (a few minutes); test/reliability/fuzz.test.ts runs a small seeded share.
const { execFileSync } = require("node:child_process");
const { mkdtempSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { judge, makeInput, seedFiles } = require("./fuzz-inputs");

const ROOT = join(__dirname, "..");

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function compileLib() {
  console.log("Compiling the CLI (tsc -p tsconfig.cli.json) …");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

async function fuzz() {
  const count = option("count", 100_000);
  const seed = option("seed", Date.now() % 1_000_000);
  compileLib();
  const { main } = require(join(ROOT, "lib", "cli", "main.js"));
  const { readCsv } = require(join(ROOT, "lib", "core", "csv", "index.js"));
  const seeds = seedFiles();
  console.log(
    `Fuzzing main() with ${count.toLocaleString("en-US")} inputs, seed ${seed}, ${seeds.length} seed files.`,
  );

  const kinds = new Map();
  const exits = { 0: 0, 1: 0, 2: 0 };
  const failures = [];
  let bytes = 0;
  let slowest = { ms: 0, n: -1, kind: "" };
  const started = process.hrtime.bigint();
  for (let n = 0; n < count; n++) {
    const input = makeInput(seed, n, seeds);
    const family = input.kind.split(" ")[0];
    kinds.set(family, (kinds.get(family) ?? 0) + 1);
    bytes += input.bytes.length;
    const t0 = process.hrtime.bigint();
    const { problems, code } = await judgeWithCode(main, readCsv, input);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms > slowest.ms) slowest = { ms, n, kind: input.kind, size: input.bytes.length };
    if (code !== undefined) exits[code] = (exits[code] ?? 0) + 1;
    if (problems.length > 0) failures.push({ n, input, problems });
    if ((n + 1) % 10_000 === 0)
      console.log(`  ${(n + 1).toLocaleString("en-US")} inputs, ${failures.length} problems`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log("");
  console.log(
    `Inputs tried: ${count.toLocaleString("en-US")} (${(bytes / 1e6).toFixed(1)} MB), seed ${seed}`,
  );
  console.log(`  by kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(
    `  exit codes: 0 → ${exits[0]}, 1 → ${exits[1]}, 2 (clear one-sentence rejection) → ${exits[2]}`,
  );
  console.log(`Crashes, unclear rejections or lost rows: ${failures.length}`);
  console.log(
    `Time: ${seconds.toFixed(1)} s (slowest input #${slowest.n}: ${slowest.ms.toFixed(0)} ms, ${slowest.size} bytes, ${slowest.kind})`,
  );
  if (failures.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), "cosell-fuzz-"));
    for (const f of failures.slice(0, 50)) {
      writeFileSync(join(dir, `input-${f.n}.csv`), f.input.bytes);
      console.log(
        `  #${f.n} (${f.input.kind}, argv ${JSON.stringify(f.input.argv)}): ${f.problems.join("; ")}`,
      );
    }
    console.log(`Failing inputs saved in ${dir}`);
    process.exitCode = 1;
  }
}

/** judge() plus the exit code, for the tally. */
async function judgeWithCode(main, readCsv, input) {
  let code;
  const counting = (argv, io) =>
    main(argv, io).then((c) => {
      code = c;
      return c;
    });
  const problems = await judge(counting, readCsv, input);
  return { problems, code };
}

fuzz().catch((error) => {
  console.error(`fuzz: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
