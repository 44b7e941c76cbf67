// `npm run bench`: how much slower is checking a 5,000-record file than merely parsing it?
// In-process medians (Papa.parse vs read → readCsv → checkTable) and whole-process medians
// (`node bin/cosell-check.js big.csv --json` vs a node process that only Papa-parses the file).
// Goal: the whole cosell-check process within 3× the bare-parse process.
// Then one record whose cell in one column is 1 MB (scripts/long-cells.js: ordinary text and the
// shapes that once made regular expressions quadratic): checkTable, and readCsv of the file apart,
// as process CPU time (other processes on a shared machine inflate wall time, not this), median
// of 5 runs per shape, the slowest shape per column. Goal: the check under 100 ms for each.
// `npm run bench -- --long-cells` runs only that part.
/* global TextEncoder */
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
const LONG_CELL_CHARS = 1_000_000;
const LONG_CELL_RUNS = 5;
const LONG_CELL_GOAL_MS = 100;
/** Free text (Notes, Customer Name, Errors), money, a date and two composite columns. */
const LONG_CELL_COLUMNS = [
  "Notes",
  "Customer Name",
  "Errors",
  "Estimated Deal Value",
  "Estimated Close Date",
  "Solution 1",
  "Team member 1",
];

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

/** Median process CPU time (user + system) of `count` runs after a warm-up, in ms. */
function cpuMedian(count, fn) {
  fn();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
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

/** Slowest shape per column for a 1 MB cell; true when every check is within the goal. */
function longCells() {
  const { readCsv, writeCsv } = require("../lib/core/csv");
  const { checkTable } = require("../lib/core/check");
  const { benchTable } = require("./bench-data");
  const { LONG_CELLS } = require("./long-cells");
  const base = benchTable(1);
  const header = base.rows[0];
  const encoder = new TextEncoder();
  const shapes = Object.keys(LONG_CELLS).length;
  console.log(
    `\nOne record with a ${LONG_CELL_CHARS.toLocaleString("en-US")}-character cell, ${shapes} shapes per ` +
      `column; median CPU ms of ${LONG_CELL_RUNS} runs after a warm-up, slowest shape:`,
  );
  console.log(
    "                      checkTable: slowest (shape), median     readCsv: slowest (shape), median",
  );
  let met = true;
  let worst = 0;
  for (const column of LONG_CELL_COLUMNS) {
    const col = header.indexOf(column);
    if (col < 0) throw new Error(`no ${column} column in the bench header`);
    let check = { ms: -1, shape: "" };
    let read = { ms: -1, shape: "" };
    const checks = [];
    const reads = [];
    for (const [shape, make] of Object.entries(LONG_CELLS)) {
      const rows = base.rows.map((row) => row.slice());
      rows[1][col] = make(LONG_CELL_CHARS);
      const bytes = encoder.encode(writeCsv({ rows }, { bom: true }));
      const parsed = readCsv(bytes);
      if (!parsed.ok) throw new Error(`${column} ${shape}: unreadable (${parsed.error.code})`);
      const checkMs = cpuMedian(LONG_CELL_RUNS, () => checkTable(parsed.table));
      const readMs = cpuMedian(LONG_CELL_RUNS, () => readCsv(bytes));
      checks.push(checkMs);
      reads.push(readMs);
      if (checkMs > check.ms) check = { ms: checkMs, shape };
      if (readMs > read.ms) read = { ms: readMs, shape };
    }
    worst = Math.max(worst, check.ms);
    const shown = (slowest, all) =>
      `${fmt(slowest.ms)} ${`(${slowest.shape})`.padEnd(16)}${fmt(median(all))}`;
    console.log(`${column.padEnd(22)}${shown(check, checks)}   ${shown(read, reads)}`);
  }
  met = worst < LONG_CELL_GOAL_MS;
  console.log(
    `goal: a 1 MB cell checked in under ${LONG_CELL_GOAL_MS} ms: ${met ? "met" : "NOT met"} (slowest ${worst.toFixed(0)} ms)`,
  );
  return met;
}

function main() {
  compiledLib();
  if (process.argv.includes("--long-cells")) {
    if (!longCells()) process.exitCode = 1;
    return;
  }
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
  if (!longCells()) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
