import { parseCliArgs } from "../../src/cli/args";
import { main } from "../../src/cli/main";
import { USAGE } from "../../src/cli/usage";
import { memoryIo } from "./memoryIo";

const CLEAN = "a,b\n1,2\n";

describe("argument parsing", () => {
  const runs: Array<{ notes: string; argv: string[]; expected: object }> = [
    {
      notes: "defaults: human output, BOM on, automatic date order, no outputs",
      argv: ["in.csv"],
      expected: {
        file: "in.csv",
        json: false,
        out: null,
        fix: false,
        original: null,
        split: null,
        dateOrder: "auto",
        bom: true,
      },
    },
    {
      notes: "--out alone writes the file the add-in would save; --original names the download",
      argv: ["in.csv", "--out", "f.csv", "--original", "down.csv"],
      expected: { file: "in.csv", out: "f.csv", fix: false, original: "down.csv" },
    },
    {
      notes: "every option at once",
      argv: [
        "in.csv",
        "--json",
        "--fix",
        "--out",
        "f.csv",
        "--split",
        "parts",
        "--date-order",
        "dmy",
        "--no-bom",
      ],
      expected: { file: "in.csv", json: true, out: "f.csv", split: "parts", dateOrder: "dmy", bom: false },
    },
    {
      notes: "options may come before the file and use --name=value",
      argv: ["--date-order=mdy", "--out=f.csv", "--fix", "in.csv"],
      expected: { file: "in.csv", out: "f.csv", dateOrder: "mdy" },
    },
  ];
  it.each(runs)("$notes", ({ argv, expected }) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe("run");
    if (parsed.kind === "run") expect(parsed.options).toMatchObject(expected);
  });

  const errors: Array<{ notes: string; argv: string[]; sentence: RegExp }> = [
    { notes: "no file at all", argv: [], sentence: /^Missing the CSV file to check/ },
    {
      notes: "two files",
      argv: ["a.csv", "b.csv"],
      sentence: /^Expected one CSV file but got 2 \(a\.csv, b\.csv\)/,
    },
    { notes: "--fix must say where to write", argv: ["a.csv", "--fix"], sentence: /^--fix needs --out/ },
    { notes: "unknown option is named", argv: ["a.csv", "--fxi"], sentence: /^Unknown option --fxi;/ },
    { notes: "unknown short option is named", argv: ["a.csv", "-x"], sentence: /^Unknown option -x;/ },
    {
      notes: "value missing at the end",
      argv: ["a.csv", "--fix", "--out"],
      sentence: /^--out needs a value/,
    },
    {
      notes: "value swallowed by the next option",
      argv: ["a.csv", "--split", "--json"],
      sentence: /^--split needs a value/,
    },
    { notes: "empty value", argv: ["a.csv", "--split="], sentence: /^--split needs a non-empty value/ },
    {
      notes: "boolean with a value",
      argv: ["a.csv", "--json=yes"],
      sentence: /^--json does not take a value/,
    },
    {
      notes: "date order outside the three documented ones",
      argv: ["a.csv", "--date-order", "ymd"],
      sentence: /^--date-order must be auto, mdy or dmy, not "ymd"\.$/,
    },
  ];
  it.each(errors)("error: $notes", ({ argv, sentence }) => {
    const parsed = parseCliArgs(argv);
    expect(parsed).toEqual({ kind: "error", message: expect.stringMatching(sentence) });
  });

  it.each(errors)("main exits 2 with one sentence and no stdout: $notes", async ({ argv, sentence }) => {
    const io = memoryIo({ "a.csv": CLEAN, "b.csv": CLEAN });
    expect(await main(argv, io)).toBe(2);
    expect(io.stdoutText()).toBe("");
    const stderr = io.stderrText();
    expect(stderr).toMatch(/^cosell-check: [^\n]+\n$/);
    expect(stderr.replace(/^cosell-check: /, "").trim()).toMatch(sentence);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it("--help prints the usage and exits 0, even beside other arguments", async () => {
    const io = memoryIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.stdoutText()).toBe(USAGE);
    const again = memoryIo();
    expect(await main(["a.csv", "--bogus", "-h"], again)).toBe(0);
    expect(again.stdoutText()).toBe(USAGE);
    expect(again.stderrText()).toBe("");
  });
});
