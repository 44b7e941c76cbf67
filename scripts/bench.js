// `npm run bench`: how much slower is checking a 5,000-record file than merely parsing it?
// In-process medians (Papa.parse vs read → readCsv → checkTable) and whole-process medians
// (`node bin/cosell-check.js big.csv --json` vs a node process that only Papa-parses the file).
// Goal: the whole cosell-check process within 3× the bare-parse process.
const { execFileSync, spawnSync } = require("node:child_process");
const {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const BENCH_DIR = join(ROOT, ".bench");
const BIG = join(BENCH_DIR, "big.csv");
const RUNS = 7;
const PROCESS_RUNS = 5;
const GOAL = 3;

function compiledLib() {
  if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) {
    console.log("lib/ is missing: compiling with tsc -p tsconfig.cli.json …");
    try {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
    } catch {
      // tsc still emits when it reports type errors; the check below decides.
    }
  }
  if (!existsSync(join(ROOT, "lib", "core", "check.js")))
    throw new Error("lib/core/check.js is missing after compiling");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeMs(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function runs(count, fn) {
  fn(); // warm-up: JIT and module caches
  const times = [];
  let last;
  for (let i = 0; i < count; i++) {
    const { ms, value } = timeMs(fn);
    times.push(ms);
    last = value;
  }
  return { median: median(times), last };
}

function spawnMedian(args) {
  const devNull = openSync("/dev/null", "w");
  try {
    return runs(PROCESS_RUNS, () => {
      const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", devNull, "pipe"] });
      if (child.status !== 0 && child.status !== 1) {
        throw new Error(`${args.join(" ")} exited ${child.status}: ${String(child.stderr).trim()}`);
      }
      return child.status;
    });
  } finally {
    closeSync(devNull);
  }
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (ms) => ms.toFixed(0).padStart(8);

function main() {
  compiledLib();
  const Papa = require("papaparse");
  const { readCsv } = require("../lib/core/csv");
  const { checkTable } = require("../lib/core/check");
  const { benchCsv } = require("./bench-data");

  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(BIG, benchCsv(5000), "utf8");
  const size = statSync(BIG).size;

  const text = readFileSync(BIG, "utf8");
  const parse = runs(RUNS, () => Papa.parse(text, { header: false, skipEmptyLines: false }));
  let peakHeap = 0;
  const check = runs(RUNS, () => {
    const read = readCsv(new Uint8Array(readFileSync(BIG)));
    if (!read.ok) throw new Error(`bench file unreadable: ${read.error.code}`);
    const result = checkTable(read.table);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return { result, columns: read.table.rows[0].length };
  });
  const { result, columns } = check.last;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const bareProcess = spawnMedian([join(__dirname, "bench-parse-only.js"), BIG]);
  const cliProcess = spawnMedian([join(ROOT, "bin", "cosell-check.js"), BIG, "--json"]);

  const inRatio = check.median / parse.median;
  const processRatio = cliProcess.median / bareProcess.median;
  const s = result.summary;
  console.log(
    `\n.bench/big.csv: ${result.records.toLocaleString("en-US")} records, ${columns} columns, ${mb(size)} MB; ` +
      `${result.findings.length} findings (${s.error} errors, ${s.warning} warnings, ${s.notice} notices)\n`,
  );
  console.log("                                          median ms   ratio");
  console.log(`in-process  Papa.parse(text)              ${fmt(parse.median)}`);
  console.log(`in-process  read → readCsv → checkTable   ${fmt(check.median)}   ${inRatio.toFixed(2)}×`);
  console.log(`process     node + Papa.parse only        ${fmt(bareProcess.median)}`);
  console.log(
    `process     cosell-check --json           ${fmt(cliProcess.median)}   ${processRatio.toFixed(2)}×`,
  );
  console.log(
    `\npeak RSS (this process) ${mb(peakRss)} MB; heap used after a check ${mb(peakHeap)} MB; ` +
      `${RUNS} in-process runs, ${PROCESS_RUNS} process runs each, after one warm-up.`,
  );
  const verdict = processRatio <= GOAL ? "met" : "NOT met";
  console.log(
    `goal: whole process ≤ ${GOAL}× the bare-parse process: ${verdict} (${processRatio.toFixed(2)}×)`,
  );
  if (processRatio > GOAL) process.exitCode = 1;

  const { benchLive } = require("./bench-live");
  const fmt1 = (ms) => ms.toFixed(1).padStart(8);
  if (!benchLive({ runs, fmt: fmt1 })) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
