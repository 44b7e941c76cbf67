// `npm run fuzz [-- --count N --seed S] [-- --seed S --only N]`: feeds N (default 100,000) random,
// mutated and long-cell inputs to the command's code path (main() of the compiled CLI in lib/, with
// in-memory IO) and reports inputs tried, problems and time. Exit 1 if any input crashed, was
// rejected unclearly, lost rows or went over its time budget (process CPU time, see BUDGET in
// fuzz-inputs.js); each such input is saved under the OS temp folder so it can be replayed with
// `cosell-check <file>`, or with `--seed S --only N`.
// Not part of `npm test` (a few minutes); test/reliability/fuzz.test.ts runs a small seeded share.
const { execFileSync } = require("node:child_process");
const { mkdtempSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { judge, makeInput, overBudget, budgetMs, seedFiles } = require("./fuzz-inputs");

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
  const only = option("only", -1);
  const count = only >= 0 ? 1 : option("count", 100_000);
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
  let slowestPerMb = { msPerMb: 0, n: -1, kind: "" };
  const cpuMs = new Float64Array(count);
  const candidates = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const n = only >= 0 ? only : i;
    const input = makeInput(seed, n, seeds);
    const family = input.kind.split(" ")[0];
    kinds.set(family, (kinds.get(family) ?? 0) + 1);
    bytes += input.bytes.length;
    const { problems, code, ms: first, written } = await judgeWithCode(main, readCsv, input);
    const size = input.bytes.length + written;
    // Over budget: measured twice more and the least kept. A pause (garbage collection, a busy
    // machine) seldom strikes three times; a super-linear input is slow every time.
    let ms = first;
    for (let again = 0; again < 2 && ms > budgetMs(size); again++)
      ms = Math.min(ms, (await judgeWithCode(main, readCsv, input)).ms);
    cpuMs[i] = ms;
    if (ms > slowest.ms) slowest = { ms, n, kind: input.kind, size };
    if (size >= 100_000 && (ms * 1e6) / size > slowestPerMb.msPerMb)
      slowestPerMb = { msPerMb: (ms * 1e6) / size, ms, n, kind: input.kind, size };
    if (ms > budgetMs(size)) candidates.push({ n, bytes: size, ms, input });
    if (code !== undefined) exits[code] = (exits[code] ?? 0) + 1;
    if (problems.length > 0) failures.push({ n, input, problems });
    if ((i + 1) % 10_000 === 0)
      console.log(`  ${(i + 1).toLocaleString("en-US")} inputs, ${failures.length} problems`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const slow = overBudget(candidates, cpuMs);
  for (const t of slow) failures.push({ n: t.n, input: t.input, problems: [t.problem] });

  console.log("");
  console.log(
    `Inputs tried: ${count.toLocaleString("en-US")} (${(bytes / 1e6).toFixed(1)} MB), seed ${seed}`,
  );
  console.log(`  by kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(
    `  exit codes: 0 → ${exits[0]}, 1 → ${exits[1]}, 2 (clear one-sentence rejection) → ${exits[2]}`,
  );
  console.log(`Crashes, unclear rejections, lost rows or inputs over their time budget: ${failures.length}`);
  console.log(
    `Time: ${seconds.toFixed(1)} s; CPU per input: median ${median(cpuMs).toFixed(2)} ms, ` +
      `slowest #${slowest.n} ${slowest.ms.toFixed(0)} ms (${slowest.size} bytes read and written, ${slowest.kind})`,
  );
  if (slowestPerMb.n >= 0)
    console.log(
      `  slowest per MB read and written (≥ 100 kB): #${slowestPerMb.n} ${slowestPerMb.msPerMb.toFixed(0)} ms/MB ` +
        `(${slowestPerMb.ms.toFixed(0)} ms, ${slowestPerMb.size} bytes, ${slowestPerMb.kind}); ` +
        `over the absolute budget: ${candidates.length}, also over 50× the median: ${slow.length}`,
    );
  if (failures.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), "cosell-fuzz-"));
    for (const f of failures.slice(0, 50)) {
      writeFileSync(join(dir, `input-${f.n}.csv`), f.input.bytes);
      console.log(
        `  #${f.n} (${f.input.kind}, argv ${JSON.stringify(f.input.argv)}): ${f.problems.join("; ")}`,
      );
    }
    console.log(`Failing inputs saved in ${dir}; replay one with npm run fuzz -- --seed ${seed} --only N`);
    process.exitCode = 1;
  }
}

function median(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * judge() plus the exit code, for the tally; main()'s process CPU ms (not the oracle's own
 * reading) and the bytes it wrote (report and files), which the time budget allows for.
 */
async function judgeWithCode(main, readCsv, input) {
  let code;
  let ms = 0;
  let written = 0;
  const counting = async (argv, io) => {
    const start = process.cpuUsage();
    try {
      code = await main(argv, io);
      return code;
    } finally {
      const used = process.cpuUsage(start);
      ms = (used.user + used.system) / 1000;
      for (const text of [...io.out, ...io.err]) written += text.length;
      for (const [path, data] of io.files) if (path !== "in.csv") written += data.length;
    }
  };
  const problems = await judge(counting, readCsv, input);
  return { problems, code, ms, written };
}

fuzz().catch((error) => {
  console.error(`fuzz: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
