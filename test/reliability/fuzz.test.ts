// A small, seeded, deterministic share of `npm run fuzz` (scripts/fuzz.js): the same generators and
// oracle, run on the TypeScript sources. Every input must end in exit 0/1 with a report, or exit 2
// with one clear sentence; a fixed copy must keep every row.
import { BUDGET, budgetMs, judge, makeInput, overBudget, seedFiles } from "../../scripts/fuzz-inputs";
import { main } from "../../src/cli/main";
import { readCsv, readCsvText, writeCsv } from "../../src/core/csv";

const SEED = 20261122;
const COUNT = 2000;

describe("fuzzing main() (seeded)", () => {
  it(`${COUNT} random, mutated and long-cell inputs: no crash, every rejection one sentence, no row lost`, async () => {
    const seeds = seedFiles();
    const problems: string[] = [];
    const longCells: number[] = [];
    for (let n = 0; n < COUNT; n++) {
      const input = makeInput(SEED, n, seeds);
      if (input.kind.startsWith("long-cell")) longCells.push(input.bytes.length);
      for (const p of await judge(main as never, readCsv, input))
        problems.push(`#${n} ${input.kind} ${JSON.stringify(input.argv)}: ${p}`);
    }
    expect(problems).toEqual([]);
    // The long-cell family (scripts/long-cells.js shapes, 1 KiB to 1 MB) is in the share.
    expect(longCells.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...longCells)).toBeGreaterThanOrEqual(1_000_000);
  }, 300_000);

  it("is deterministic: the same seed gives the same inputs", () => {
    const seeds = seedFiles();
    for (const n of [0, 7, 1999]) expect(makeInput(SEED, n, seeds)).toEqual(makeInput(SEED, n, seeds));
  });
});

describe("the oracle", () => {
  const input = { kind: "test", bytes: new TextEncoder().encode("Deal Name\r\nA\r\n"), argv: ["in.csv"] };
  type FakeIo = { stdout(t: string): void; stderr(t: string): void };
  const cases: { notes: string; run: (io: FakeIo) => number; caught: RegExp }[] = [
    {
      notes: "an exception escaping main()",
      run: () => {
        throw new TypeError("x is undefined");
      },
      caught: /threw/,
    },
    { notes: "an exit code outside 0-2", run: () => 3, caught: /exit code 3/ },
    {
      notes: "a stack trace on stderr",
      run: (io) => (io.stderr("cosell-check: boom.\n    at f (a.js:1:2).\n"), 2),
      caught: /one sentence/,
    },
    {
      notes: "a rejection without a full stop",
      run: (io) => (io.stderr("cosell-check: boom\n"), 2),
      caught: /one sentence/,
    },
    {
      notes: "internals in the sentence",
      run: (io) => (io.stderr("cosell-check: got [object Object].\n"), 2),
      caught: /leaks/,
    },
    { notes: "a report on stderr with exit 0", run: (io) => (io.stderr("warning\n"), 0), caught: /stderr/ },
  ];
  it.each(cases)("catches $notes", async ({ run, caught }) => {
    const problems = await judge(async (_argv, io) => run(io as FakeIo), readCsv, input);
    expect(problems.join("; ")).toMatch(caught);
  });
});

describe("the time budget of npm run fuzz (process CPU time; judged on given timings, never measured here)", () => {
  // 10,000 ordinary inputs at 0.4 ms each make the median; then the inputs worth a look.
  const ordinary = Array.from({ length: 10_000 }, () => 0.4);
  const cases = [
    { bytes: 120_000, ms: 4_000, flagged: true, notes: "the old formula-like test on a 120 kB cell" },
    { bytes: 1_000_000, ms: 60_000, flagged: true, notes: "a quadratic rule on a 1 MB cell" },
    { bytes: 1_000_000, ms: 3_000, flagged: false, notes: "1 MB read and written in 3 s: linear work" },
    { bytes: 2_000, ms: 200, flagged: false, notes: "a small input hit by a garbage collection" },
    { bytes: 2_000, ms: 400, flagged: true, notes: "a small input over the 250 ms floor" },
  ];
  it.each(cases)("$notes", ({ bytes, ms, flagged }) => {
    const timing = { n: 7, bytes, ms };
    const over = overBudget([timing], [...ordinary, ms]);
    expect(over.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(over[0].problem).toMatch(/^took \d+ ms of CPU time, over its budget of \d+ ms/);
  });

  it("does not flag a machine slower at everything: over 50× the run's median only", () => {
    const slowMachine = Array.from({ length: 10_000 }, () => 20);
    expect(overBudget([{ n: 1, bytes: 2_000, ms: 400 }], slowMachine)).toEqual([]);
    expect(overBudget([{ n: 1, bytes: 2_000, ms: 1_001 }], slowMachine)).toHaveLength(1);
  });

  it("allows 250 ms plus 5 s per MB read and written", () => {
    expect(BUDGET).toEqual({ floorMs: 250, perMegabyteMs: 5000, timesMedian: 50 });
    expect(budgetMs(0)).toBe(250);
    expect(budgetMs(1_000_000)).toBe(5_250);
  });
});

describe("once-known problems in the CSV reader (fixed; these keep them fixed)", () => {
  it("core: a quoted last field ending LF in a CRLF file is read, not refused as an unclosed quote", () => {
    expect(readCsvText('a,b\r\nx,"y"\nz,w\r\n')).toMatchObject({
      ok: true,
      table: {
        rows: [
          ["a", "b"],
          ["x", "y"],
          ["z", "w"],
        ],
      },
    });
  });

  it("core: a CRLF row in an LF file does not leave a stray CR in its last cell", () => {
    expect(readCsvText("a,b\nx,y\r\nz,w\n")).toMatchObject({
      ok: true,
      table: {
        rows: [
          ["a", "b"],
          ["x", "y"],
          ["z", "w"],
        ],
      },
    });
  });

  it("core: a UTF-16 file with NUL characters in a few cells is read, and its UTF-8 copy reads back alike", () => {
    // Once refused because its fixed copy (UTF-8, where the NUL is a byte) was refused; now both
    // count NULs per cell the same way (RULES.md: a NUL in a cell is that cell's warning).
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
      return bytes;
    };
    const few = readCsv(utf16("Deal Name,Notes\r\nA,b\u0000c\r\n"));
    if (!few.ok) throw new Error(few.error.code);
    const copy = readCsv(new TextEncoder().encode(writeCsv(few.table, { bom: true })));
    expect(copy).toMatchObject({ ok: true, table: few.table });
    const many = utf16("Deal Name,Notes\r\n" + "A,b\u0000c\r\n".repeat(9));
    expect(readCsv(many)).toMatchObject({ ok: false, error: { code: "file-binary" } });
  });
});
