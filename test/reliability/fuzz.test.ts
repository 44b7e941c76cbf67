// A small, seeded, deterministic share of `npm run fuzz` (scripts/fuzz.js): the same generators and
// oracle, run on the TypeScript sources. Every input must end in exit 0/1 with a report, or exit 2
// with one clear sentence; a fixed copy must keep every row.
import { judge, makeInput, seedFiles } from "../../scripts/fuzz-inputs";
import { main } from "../../src/cli/main";
import { readCsv, readCsvText, writeCsv } from "../../src/core/csv";

const SEED = 20261122;
const COUNT = 2000;

describe("fuzzing main() (seeded)", () => {
  it(`${COUNT} random and mutated inputs: no crash, every rejection one sentence, no row lost`, async () => {
    const seeds = seedFiles();
    const problems: string[] = [];
    for (let n = 0; n < COUNT; n++) {
      const input = makeInput(SEED, n, seeds);
      for (const p of await judge(main as never, readCsv, input))
        problems.push(`#${n} ${input.kind} ${JSON.stringify(input.argv)}: ${p}`);
    }
    expect(problems).toEqual([]);
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
