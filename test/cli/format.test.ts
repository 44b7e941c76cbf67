import { paint, wantsColour } from "../../src/cli/colour";
import { formatHuman } from "../../src/cli/human";
import { formatJson } from "../../src/cli/json";
import type { CheckResult, Finding } from "../../src/core/types";

const ESC = "\u001b";
const stripAnsi = (text: string) => text.replace(new RegExp(`${ESC}\\[\\d+m`, "g"), "");

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return {
    row: null,
    column: null,
    cell: null,
    at: null,
    value: null,
    params: {},
    message: `${partial.code} message`,
    fix: null,
    ...partial,
  };
}

// Deliberately out of order: the outputs must sort them (file first, then row, then column).
const RESULT: CheckResult = {
  records: 3,
  createRows: 2,
  updateRows: 1,
  summary: { error: 2, warning: 1, notice: 1 },
  findings: [
    finding({
      code: "currency-case",
      severity: "notice",
      row: 4,
      column: "Currency",
      cell: "W4",
      at: { row: 3, col: 22 },
      fix: "USD",
      message: 'Currency value "usd" will be written as "USD".',
    }),
    finding({
      code: "country-not-alpha2",
      severity: "error",
      row: 4,
      column: "Customer Country",
      cell: "K4",
      at: { row: 3, col: 10 },
      fix: "US",
    }),
    finding({
      code: "unknown-column",
      severity: "warning",
      row: 1,
      column: "Colour",
      cell: "BA1",
      at: { row: 0, col: 52 },
    }),
    finding({ code: "too-many-records", severity: "error", message: "Too many records." }),
  ],
};

describe("human report", () => {
  const plain = formatHuman("deals.csv", RESULT, paint(false));

  it("groups by row, file-level first, cells left to right, then a summary line", () => {
    expect(plain).toBe(
      [
        "deals.csv",
        "",
        "File",
        "  error         Too many records.  [too-many-records]",
        "",
        "Row 1 (header)",
        "  warning  BA1  unknown-column message  [unknown-column]",
        "",
        "Row 4",
        '  error    K4   country-not-alpha2 message  → fix: "US"  [country-not-alpha2]',
        '  notice   W4   Currency value "usd" will be written as "USD".  [currency-case]',
        "",
        "3 records: 2 errors, 1 warning, 1 notice.",
        "",
      ].join("\n"),
    );
  });

  const fixCases = [
    { fix: "y".repeat(80), note: `  → fix: "${"y".repeat(80)}"`, notes: "80 characters are shown whole" },
    {
      fix: "y".repeat(10_000_000),
      note: `  → fix: "${"y".repeat(80)}…" (10,000,000 characters)`,
      notes: "a 10 MB fix: its first 80 characters and its length",
    },
    {
      fix: "a\r\n".repeat(30) + "z".repeat(100),
      note: `  → fix: ${JSON.stringify("a\r\n".repeat(26) + "a\r…")} (190 characters)`,
      notes: "line breaks stay escaped, so the note is one line",
    },
    {
      fix: "y".repeat(79) + "😀" + "y".repeat(20),
      note: `  → fix: "${"y".repeat(79)}…" (101 characters)`,
      notes: "the cut never splits a surrogate pair",
    },
  ];
  it.each(fixCases)("shortens the fix note: $notes", ({ fix, note }) => {
    const result = {
      ...RESULT,
      findings: [finding({ code: "whitespace", severity: "notice" as const, row: 2, cell: "AA2", fix })],
    };
    const line = formatHuman("deals.csv", result, paint(false)).split("\n")[3];
    expect(line).toBe(`  notice   AA2  whitespace message${note}  [whitespace]`);
    expect(JSON.parse(formatJson("deals.csv", result)).findings[0].fix).toBe(fix);
  });

  const controlCases = [
    {
      message: 'Deal Name value "line 1\nline 2" contains a line break.',
      shown: 'Deal Name value "line 1\\nline 2" contains a line break.',
      notes: "a line break in a quoted value is shown as \\n: the finding stays on one line",
    },
    {
      message: 'Notes value "a\u001b[2Jb\u0000" is odd.',
      shown: 'Notes value "a\\u001b[2Jb\\u0000" is odd.',
      notes: "an escape sequence from a cell is shown, not obeyed by the terminal",
    },
    {
      message: 'Deal Name value "x\u0085y\u2028z" is odd.',
      shown: 'Deal Name value "x\\u0085y\\u2028z" is odd.',
      notes: "C1 controls and the Unicode line separator too",
    },
  ];
  it.each(controlCases)("escapes control characters: $notes", ({ message, shown }) => {
    const result = {
      ...RESULT,
      findings: [finding({ code: "line-break", severity: "warning" as const, row: 2, cell: "D2", message })],
    };
    const lines = formatHuman("deals\n.csv", result, paint(false)).split("\n");
    expect(lines[0]).toBe("deals\\n.csv");
    expect(lines[3]).toBe(`  warning  D2  ${shown}  [line-break]`);
  });

  it("says so when there is nothing to report", () => {
    const clean = { ...RESULT, records: 1, summary: { error: 0, warning: 0, notice: 0 }, findings: [] };
    expect(formatHuman("ok.csv", clean, paint(false))).toBe(
      "ok.csv\n\nNo problems found.\n\n1 record: 0 errors, 0 warnings, 0 notices.\n",
    );
  });

  it("has no escape codes without colour, and colours severities with it", () => {
    expect(plain).not.toContain(ESC);
    const coloured = formatHuman("deals.csv", RESULT, paint(true));
    expect(coloured).toContain("\u001b[31merror  \u001b[0m");
    expect(coloured).toContain("\u001b[33mwarning\u001b[0m");
    expect(coloured).toContain("\u001b[36mnotice \u001b[0m");
    expect(stripAnsi(coloured)).toBe(plain);
  });

  const colourCases = [
    { notes: "terminal, no NO_COLOR", isTTY: true, env: {}, colour: true },
    { notes: "piped output never gets escape codes", isTTY: false, env: {}, colour: false },
    {
      notes: "NO_COLOR set to anything non-empty turns colour off",
      isTTY: true,
      env: { NO_COLOR: "1" },
      colour: false,
    },
    {
      notes: "an empty NO_COLOR is ignored (no-color.org)",
      isTTY: true,
      env: { NO_COLOR: "" },
      colour: true,
    },
  ];
  it.each(colourCases)("colour: $notes", ({ isTTY, env, colour }) => {
    expect(wantsColour(isTTY, env)).toBe(colour);
  });
});

describe("JSON report", () => {
  const report = JSON.parse(formatJson("deals.csv", RESULT));

  it("is one object with file, records, summary and findings", () => {
    expect(Object.keys(report)).toEqual(["file", "records", "summary", "findings"]);
    expect(report.file).toBe("deals.csv");
    expect(report.records).toBe(3);
    expect(report.summary).toEqual({ error: 2, warning: 1, notice: 1 });
  });

  it("gives every finding exactly the seven documented keys, in reading order", () => {
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(["code", "severity", "row", "column", "cell", "message", "fix"]);
    }
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      "too-many-records",
      "unknown-column",
      "country-not-alpha2",
      "currency-case",
    ]);
    expect(report.findings[0]).toEqual({
      code: "too-many-records",
      severity: "error",
      row: null,
      column: null,
      cell: null,
      message: "Too many records.",
      fix: null,
    });
    expect(report.findings[2]).toMatchObject({ row: 4, column: "Customer Country", cell: "K4", fix: "US" });
  });
});
