import {
  cellAddress,
  cellFinding,
  columnLetters,
  compareFindings,
  fileFinding,
  rowFinding,
} from "./findings";
import type { CellIssue } from "./messages";
import { findingAt, type RowEnv, type RowView } from "./rules/row/env";

describe("columnLetters", () => {
  const cases = [
    { index: 0, letters: "A", notes: "first column" },
    { index: 25, letters: "Z", notes: "last single letter" },
    { index: 26, letters: "AA", notes: "first two-letter column" },
    { index: 51, letters: "AZ", notes: "end of the A block" },
    { index: 52, letters: "BA", notes: "start of the B block" },
    { index: 701, letters: "ZZ", notes: "last two-letter column" },
    { index: 702, letters: "AAA", notes: "first three-letter column" },
    { index: 16383, letters: "XFD", notes: "Excel's last column" },
  ];
  it.each(cases)("$index → $letters: $notes", ({ index, letters }) => {
    expect(columnLetters(index)).toBe(letters);
  });
});

describe("cellAddress", () => {
  const cases = [
    { row: 0, col: 0, origin: { row: 0, col: 0 }, address: "A1", notes: "header cell at A1" },
    { row: 1, col: 2, origin: { row: 0, col: 0 }, address: "C2", notes: "first record" },
    { row: 1, col: 0, origin: { row: 4, col: 27 }, address: "AB6", notes: "table placed at AB5" },
  ];
  it.each(cases)("$address: $notes", ({ row, col, origin, address }) => {
    expect(cellAddress(row, col, origin)).toBe(address);
  });
});

describe("finding builders", () => {
  it("builds a cell finding with sheet row, A1 cell, table position and rendered message", () => {
    const f = cellFinding(
      { code: "country-not-alpha2", fix: "GB" },
      { at: { row: 3, col: 10 }, column: "Customer Country", value: "UK" },
      { row: 1, col: 1 },
    );
    expect(f).toMatchObject({
      severity: "error",
      row: 5,
      cell: "L5",
      at: { row: 3, col: 10 },
      value: "UK",
      fix: "GB",
    });
    expect(f.message).toBe('Customer Country value "UK" must be a two-letter country code: use "GB".');
  });

  it("shortens long values in the message but keeps the full value", () => {
    const long = "x".repeat(500);
    const f = cellFinding({ code: "whitespace" }, { at: { row: 1, col: 0 }, column: "Notes", value: long });
    expect(f.value).toBe(long);
    expect(f.message.length).toBeLessThan(200);
  });

  const shortened: { issue: CellIssue; value: string; message: string; notes: string }[] = [
    {
      issue: { code: "money-format", fix: "1".repeat(100_000) },
      value: "1,".repeat(100_000),
      message: `Estimated Deal Value value "${"1,".repeat(39)}1…" must be a plain number without symbols or separators: use "${"1".repeat(79)}…".`,
      notes: "a huge fix is shortened in the message like the value",
    },
    {
      issue: { code: "team-member-email-invalid", params: { part: "x".repeat(100_000) } },
      value: "Bob, Partner, 1, " + "x".repeat(100_000),
      message: `Estimated Deal Value value "Bob, Partner, 1, ${"x".repeat(62)}…" has email "${"x".repeat(399)}…", which is not a valid address.`,
      notes: "other text parameters (a part of the cell) are bounded too, more generously",
    },
    {
      issue: { code: "whitespace" },
      value: "a".repeat(78) + "😀 ",
      message: `Estimated Deal Value value "${"a".repeat(78)}…" has spaces at the start or end.`,
      notes: "the cut never splits a surrogate pair",
    },
    {
      issue: { code: "whitespace" },
      value: "a".repeat(80),
      message: `Estimated Deal Value value "${"a".repeat(80)}" has spaces at the start or end.`,
      notes: "80 characters are quoted whole",
    },
  ];
  it.each(shortened)("bounds message parameters: $notes", ({ issue, value, message }) => {
    const f = cellFinding(issue, { at: { row: 1, col: 21 }, column: "Estimated Deal Value", value });
    expect(f.message).toBe(message);
    expect(f.value).toBe(value);
    expect(f.fix).toBe(issue.fix ?? null);
  });

  it("sorts file findings first, then by row and column", () => {
    const cell = (row: number, col: number) =>
      cellFinding({ code: "whitespace", fix: "a" }, { at: { row, col }, column: "Notes", value: " a" });
    const sorted = [
      cell(2, 5),
      cell(1, 9),
      rowFinding("column-missing-for-row", 2, "Notes"),
      fileFinding({ code: "file-empty" }),
      cell(2, 1),
    ]
      .sort(compareFindings)
      .map((f) => f.cell ?? f.code);
    expect(sorted).toEqual(["file-empty", "J2", "column-missing-for-row", "B3", "F3"]);
  });
});

// Compile-time guarantees: `npm run typecheck` fails if any @ts-expect-error below stops being an error.
describe("typed finding constructors", () => {
  const place = { at: { row: 1, col: 3 }, column: "Partner Referral Reason", value: "9" };

  it("build findings whose messages are complete when the params are the declared ones", () => {
    const made = [
      cellFinding({ code: "code-invalid", params: { max: 5 } }, place),
      cellFinding({ code: "money-format", fix: "1200" }, { ...place, value: "1,200" }),
      cellFinding({ code: "country-invalid", params: { candidates: "GB, GE" } }, place),
      cellFinding({ code: "country-invalid" }, place),
      fileFinding({ code: "too-many-records", params: { count: 3, max: 2, files: 2 } }),
      rowFinding("header-missing-required", 0, "Deal Name"),
      rowFinding("header-blank", 0, null),
    ];
    const unfilled = made.filter((finding) => /\{\w+\}/.test(finding.message)).map((finding) => finding.code);
    expect(unfilled).toEqual([]);
    expect(made).toHaveLength(7);
  });

  it("refuse a finding with missing, undeclared or mistyped params, or without the fix its message shows", () => {
    const refused = [
      // @ts-expect-error code-invalid requires max
      cellFinding({ code: "code-invalid" }, place),
      // @ts-expect-error max is a number
      cellFinding({ code: "code-invalid", params: { max: "5" } }, place),
      // @ts-expect-error consent-no declares no params of its own
      cellFinding({ code: "consent-no", params: { substatus: "Won" } }, place),
      // @ts-expect-error money-format's message shows its fix, so the fix is required
      cellFinding({ code: "money-format" }, place),
      // @ts-expect-error file-empty is about the file, not a cell
      cellFinding({ code: "file-empty" }, place),
      // @ts-expect-error too-many-records needs count, max and files
      fileFinding({ code: "too-many-records", params: { count: 3 } }),
      // @ts-expect-error header-missing-required names its column
      rowFinding("header-missing-required", 0, null),
    ];
    // Built anyway (the compiler is the guard): a missing param stays visible rather than throwing.
    expect(refused[0].message).toContain("{max}");
  });

  it("type a row rule's findingAt by its code", () => {
    // Never called: the calls are here for the compiler.
    const typeOnly = (env: RowEnv, row: RowView) => [
      findingAt(env, row, 0, "code-invalid", { max: 5 }),
      findingAt(env, row, 0, "consent-no"),
      // @ts-expect-error code-invalid requires max
      findingAt(env, row, 0, "code-invalid"),
      // @ts-expect-error read-only-edited's param is original, not before
      findingAt(env, row, 0, "read-only-edited", { before: "x" }),
      // @ts-expect-error not-canonical shows a fix, which findingAt cannot give
      findingAt(env, row, 0, "not-canonical"),
    ];
    expect(typeof typeOnly).toBe("function");
  });
});
