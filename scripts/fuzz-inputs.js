// Fuzzing the command's code path: seeded random and mutated inputs, and the oracle that judges
// one run of main(). Shared by `npm run fuzz` (scripts/fuzz.js, compiled lib/) and the small
// deterministic run in `npm test` (test/reliability/fuzz.test.ts, TypeScript sources).
/* global TextEncoder, TextDecoder */
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const { LONG_CELLS } = require("./long-cells");

const ROOT = join(__dirname, "..");

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

/** Real files to mutate: the examples and every small fixture of the test suite. */
function seedFiles() {
  const dirs = ["examples", "test/fixtures/files", "test/fixtures/bad"];
  const seeds = [];
  for (const dir of dirs) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (!/\.(csv|txt|bin|xlsx)$/.test(name)) continue;
      const bytes = new Uint8Array(readFileSync(join(ROOT, dir, name)));
      if (bytes.length <= 200_000) seeds.push({ name: `${dir}/${name}`, bytes });
    }
  }
  return seeds;
}

const enc = new TextEncoder();
const bytesOf = (text) => enc.encode(text);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Pieces that stress a CSV reader: separators, quotes, every line ending, BOMs, formula starts. */
const TOKENS = [
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\r\n",
  "\n",
  "\r",
  "\ufeff",
  "sep=;",
  "sep=,",
  " ",
  "=1+1",
  "@SUM(A1)",
  "+cmd",
  "-12",
  "é",
  "😀",
  "\ud800",
  "Deal Name",
  "Referral ID",
  "1/30/2030",
  "13/13/2020",
  "60",
  "USD",
  "usd",
  "US",
  "Yes",
  "yes",
  "New",
  "Accepted",
  "Solution 1",
  "Team member 1",
  "Errors",
  "Notes",
  "x",
];

const BYTE_SNIPPETS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x00],
  [0xc3],
  [0xe2, 0x82],
  [0x80],
  [0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0x0d],
  [0x0a],
  [0x22],
  [0x2c],
];

function randomBytes(r, max) {
  const out = new Uint8Array(r.int(max + 1));
  for (let i = 0; i < out.length; i++) out[i] = r.int(256);
  return out;
}

function tokenText(r, count) {
  let text = "";
  for (let i = 0; i < count; i++) text += r.pick(TOKENS);
  return text;
}

/** A table-shaped CSV with one kind of structural abuse: many columns or rows, a huge cell, a bad quote. */
function structuredCsv(r, header) {
  const stress = r.pick([...Array(12).fill("plain"), "wide", "long", "unbalanced", "ragged"]);
  const hugeCell = r.chance(0.02);
  const columns = stress === "wide" ? 1000 + r.int(4000) : 1 + r.int(header.length + 5);
  const rows = stress === "long" ? 1000 + r.int(4000) : r.int(12);
  const names =
    stress === "wide" ? Array.from({ length: columns }, (_, i) => `Col ${i}`) : header.slice(0, columns);
  const cell = () => {
    const roll = r.next();
    if (roll < 0.3) return "";
    if (roll < 0.6) return tokenText(r, 1 + r.int(4)).replace(/"/g, "");
    if (roll < 0.8) return '"' + tokenText(r, r.int(5)).replace(/"/g, '""') + '"';
    return r.pick(header);
  };
  const lines = [names.join(",")];
  for (let i = 0; i < rows; i++) {
    const n =
      stress === "ragged" ? r.int(columns * 2 + 1) : Math.min(columns, stress === "wide" ? 60 : columns);
    lines.push(Array.from({ length: n }, cell).join(","));
  }
  if (hugeCell) lines.push('"' + r.pick(["N", ",", "\n", '""']).repeat(1_000_000 + r.int(4_000_000)) + '"');
  let text = lines.map((l) => l + r.pick(["\r\n", "\r\n", "\n", "\r"])).join("");
  if (stress === "unbalanced") {
    const at = r.int(text.length + 1);
    text = text.slice(0, at) + '"' + text.slice(at);
  }
  return bytesOf(text);
}

const MUTATIONS = [
  // truncate anywhere (a cut-off download)
  (r, b) => b.subarray(0, r.int(b.length + 1)),
  // drop a range
  (r, b) => {
    const at = r.int(b.length + 1);
    return concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + r.int(64))));
  },
  // overwrite random bytes
  (r, b) => {
    const out = b.slice();
    for (let i = 0, n = 1 + r.int(8); i < n && out.length > 0; i++) out[r.int(out.length)] = r.int(256);
    return out;
  },
  // insert a nasty byte snippet
  (r, b) => {
    const at = r.int(b.length + 1);
    return concat(b.subarray(0, at), new Uint8Array(r.pick(BYTE_SNIPPETS)), b.subarray(at));
  },
  // insert tokens (quotes, separators, line breaks, formulas)
  (r, b) => {
    const at = r.int(b.length + 1);
    return concat(b.subarray(0, at), bytesOf(tokenText(r, 1 + r.int(6))), b.subarray(at));
  },
  // duplicate a range (repeated rows, runaway cells)
  (r, b) => {
    const at = r.int(b.length + 1);
    const piece = b.subarray(at, at + r.int(2000));
    const times = 1 + r.int(r.chance(0.02) ? 500 : 4);
    return concat(b.subarray(0, at), ...Array(times).fill(piece), b.subarray(at));
  },
  // rewrite every line ending to another one, or to a mix
  (r, b) => {
    const text = new TextDecoder("latin1").decode(b);
    const to = r.pick(["\n", "\r", "\r\n", "\n\r", null]);
    const out = text.replace(/\r\n|\n|\r/g, () => to ?? r.pick(["\n", "\r", "\r\n"]));
    return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
  },
  // a huge cell
  (r, b) => {
    const at = r.int(b.length + 1);
    const filler = r
      .pick(["A", ",", '"', "\n", "é"])
      .repeat(10_000 + r.int(r.chance(0.1) ? 2_000_000 : 50_000));
    return concat(b.subarray(0, at), bytesOf(filler), b.subarray(at));
  },
  // splice two files
  (r, b, other) => concat(b.subarray(0, r.int(b.length + 1)), other.subarray(r.int(other.length + 1))),
  // as UTF-16 (Excel's "Unicode Text"), sometimes without its BOM
  (r, b) => {
    const text = new TextDecoder("utf-8").decode(b);
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return r.chance(0.5) ? concat(new Uint8Array([0xff, 0xfe]), out) : out;
  },
];

/** A CSV field as RFC 4180 writes it: quoted when it holds a delimiter, quote or line break. */
const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const LONG_CELL_SHAPES = Object.keys(LONG_CELLS);
/** Longest long cell: RULES.md's budget is stated for 1 MB. */
const LONG_CELL_MAX = 1_000_000;

/**
 * The template header and one or two records, one cell (now and then a header cell) 1 KiB to
 * 1 MB long in one of the shapes of scripts/long-cells.js. Lengths are spread over powers of two,
 * so most are short and every run still reaches the megabyte.
 */
function longCellCsv(r, header) {
  const shape = r.pick(LONG_CELL_SHAPES);
  const length = Math.min(LONG_CELL_MAX, 2 ** (10 + r.int(11)));
  const col = r.int(header.length);
  const rows = [header.slice(), header.map(() => "")];
  if (r.chance(0.5)) rows.push(header.map((name) => (name === "Deal Name" ? "Second deal" : "")));
  const at = r.chance(0.1) ? 0 : 1 + r.int(rows.length - 1);
  rows[at][col] = LONG_CELLS[shape](length);
  const text = rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  return { kind: `long-cell ${shape} ${length} ${at === 0 ? "header" : "record"} ${header[col]}`, text };
}

const ARGV_EXTRAS = [
  [],
  [],
  ["--json"],
  ["--fix", "--out", "fixed.csv"],
  ["--fix", "--out", "fixed.csv", "--json"],
  ["--split", "parts"],
  ["--date-order", "dmy"],
  ["--date-order", "mdy", "--no-bom", "--fix", "--out", "out/fixed.csv"],
];
const BAD_ARGS = ["--fix", "--out", "", "--split", "--date-order", "ymd", "--nope", "-x", "extra.csv", "=1"];

/** The n-th input of a seeded run: {kind, bytes, argv}. Deterministic in (seed, n). */
function makeInput(seed, n, seeds) {
  const r = rng(seed * 1_000_003 + n);
  const header = TEMPLATE_HEADER;
  const roll = r.next();
  let kind;
  let bytes;
  if (roll < 0.1) {
    kind = "random-bytes";
    bytes = randomBytes(r, r.chance(0.9) ? 300 : 20_000);
  } else if (roll < 0.25) {
    kind = "random-text";
    // A NUL now and then: such a file must be refused as binary, in one sentence.
    bytes = bytesOf(tokenText(r, r.int(200)) + (r.chance(0.1) ? "\u0000" : ""));
  } else if (roll < 0.45) {
    kind = "structured";
    bytes = structuredCsv(r, header);
  } else if (roll < 0.46) {
    const long = longCellCsv(r, header);
    kind = long.kind;
    bytes = bytesOf(long.text);
  } else {
    const base = r.pick(seeds);
    kind = `mutated ${base.name}`;
    bytes = base.bytes;
    for (let i = 0, k = 1 + r.int(4); i < k; i++) bytes = r.pick(MUTATIONS)(r, bytes, r.pick(seeds).bytes);
  }
  let argv = ["in.csv", ...r.pick(ARGV_EXTRAS)];
  if (r.chance(0.02)) argv = Array.from({ length: r.int(4) }, () => r.pick(BAD_ARGS)).concat(["in.csv"]);
  return { kind, bytes, argv };
}

// The template's own spelling, so structured inputs reach the row rules (kept here, not imported,
// so this file runs on plain Node without the TypeScript sources).
const TEMPLATE_HEADER = readFileSync(join(ROOT, "examples", "clean.csv"), "utf8")
  .replace(/^\ufeff/, "")
  .split(/\r?\n/, 1)[0]
  .split(",");

/** In-memory IO for main(): files in a map, output captured. */
function memoryIo(bytes) {
  const files = new Map([["in.csv", bytes]]);
  const out = [];
  const err = [];
  return {
    files,
    out,
    err,
    isTTY: false,
    env: {},
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      const data = files.get(p);
      if (data === undefined) throw Object.assign(new Error(`ENOENT: open '${p}'`), { code: "ENOENT" });
      return typeof data === "string" ? enc.encode(data) : data;
    },
    writeFile: async (p, data) => void files.set(p, data),
    mkdir: async () => undefined,
  };
}

/**
 * Runs main() on one input and returns the problems found (empty when the run was sound):
 * an exception, an unknown exit code, a rejection that is not one clear sentence, a report on
 * stderr, or a fixed copy that lost rows or does not read back. A problem that starts with
 */
async function judge(main, readCsv, input) {
  const io = memoryIo(input.bytes);
  let code;
  try {
    code = await main(input.argv, io);
  } catch (error) {
    return [
      `main() threw: ${error && error.stack ? error.stack.split("\n").slice(0, 3).join(" | ") : error}`,
    ];
  }
  const stdout = io.out.join("");
  const stderr = io.err.join("");
  const problems = [];
  if (![0, 1, 2].includes(code)) problems.push(`exit code ${code}`);
  if (code === 2) {
    if (!/^cosell-check: [^\n]*\.\n$/.test(stderr))
      problems.push(`rejection is not one sentence: ${JSON.stringify(stderr.slice(0, 300))}`);
    if (/\bat .*:\d+:\d+|undefined|\[object|stopped unexpectedly/.test(stderr))
      problems.push(`rejection leaks internals: ${JSON.stringify(stderr.slice(0, 300))}`);
    if (stdout !== "") problems.push("exit 2 but something on stdout");
    return problems;
  }
  if (stderr !== "") problems.push(`exit ${code} with stderr: ${JSON.stringify(stderr.slice(0, 300))}`);
  if (input.argv.includes("--json")) {
    let report;
    try {
      report = JSON.parse(stdout);
    } catch {
      return [...problems, "--json output is not JSON"];
    }
    const inputText = new TextDecoder("latin1").decode(input.bytes);
    for (const f of report.findings ?? []) {
      const leaks = /\[object |\bundefined\b|\bNaN\b/.exec(String(f.message));
      if (leaks && !inputText.includes(leaks[0].trim()))
        problems.push(`message leaks ${leaks[0]}: ${f.message}`);
    }
  }
  const outPath = input.argv[input.argv.indexOf("--out") + 1];
  if (input.argv.includes("--out") && io.files.has(outPath)) {
    const before = readCsv(input.bytes);
    const after = readCsv(enc.encode(io.files.get(outPath)));
    if (!after.ok) problems.push(`fixed copy does not read back: ${after.error.code}`);
    else if (before.ok && after.table.rows.length !== before.table.rows.length)
      problems.push(`fixed copy has ${after.table.rows.length} rows, the input ${before.table.rows.length}`);
  }
  return problems;
}

/**
 * Per-input time budget of `npm run fuzz`, in process CPU time of main() (what the checker itself
 * spent: other processes on a shared machine slow the wall clock, barely this). The work a run
 * must do is linear in what it reads and what it writes (a file of 100,000 one-letter rows is
 * 300 kB and 1.7 million findings), so the budget is 250 ms plus 5 s per MB read and written, and
 * an input is flagged only when it is also over 50 times the run's median input (a machine slower
 * at everything must not flag everything). Linear inputs stay inside with room: the dearest seen
 * is ~3 s per MB, a file of 183,000 blank lines (every byte a row); the old quadratic tests took
 * 4 s on a 120 kB cell (budget 0.85 s) and minutes at 1 MB (budget 5.25 s). The
 * floor absorbs a garbage collection or a JIT pause landing on a small input, and an input over
 * budget is measured three times, the least counting.
 */
const BUDGET = { floorMs: 250, perMegabyteMs: 5000, timesMedian: 50 };

function budgetMs(bytes) {
  return BUDGET.floorMs + (BUDGET.perMegabyteMs * bytes) / 1e6;
}

function median(values) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The inputs over budget. `timings`: {n, bytes, ms} (bytes read and written) of the inputs worth
 * a look (any superset of those over budgetMs); `allMs`: every input's CPU ms, for the median.
 */
function overBudget(timings, allMs) {
  const typical = median(allMs);
  return timings
    .filter((t) => t.ms > budgetMs(t.bytes) && t.ms > BUDGET.timesMedian * typical)
    .map((t) => ({
      ...t,
      problem:
        `took ${t.ms.toFixed(0)} ms of CPU time, over its budget of ${budgetMs(t.bytes).toFixed(0)} ms ` +
        `(${BUDGET.floorMs} ms + ${BUDGET.perMegabyteMs} ms per MB read and written) and over ` +
        `${BUDGET.timesMedian}× ` +
        `the median input (${typical.toFixed(2)} ms)`,
    }));
}

module.exports = { rng, seedFiles, makeInput, judge, memoryIo, budgetMs, overBudget, BUDGET };
