import {
  cellAddress,
  cellFinding,
  columnLetters,
  compareFindings,
  fileFinding,
  rowFinding,
} from "./findings";

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
      "country-not-alpha2",
      { at: { row: 3, col: 10 }, column: "Customer Country", value: "UK", fix: "GB" },
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
    const f = cellFinding("whitespace", { at: { row: 1, col: 0 }, column: "Notes", value: long });
    expect(f.value).toBe(long);
    expect(f.message.length).toBeLessThan(200);
  });

  const shortened: {
    code: "whitespace" | "money-format" | "team-member-email-invalid";
    value: string;
    fix?: string;
    params?: Record<string, string>;
    message: string;
    notes: string;
  }[] = [
    {
      code: "money-format",
      value: "1,".repeat(100_000),
      fix: "1".repeat(100_000),
      message: `Estimated Deal Value value "${"1,".repeat(39)}1…" must be a plain number without symbols or separators: use "${"1".repeat(79)}…".`,
      notes: "a huge fix is shortened in the message like the value",
    },
    {
      code: "team-member-email-invalid",
      value: "Bob, Partner, 1, " + "x".repeat(100_000),
      params: { part: "x".repeat(100_000) },
      message: `Estimated Deal Value value "Bob, Partner, 1, ${"x".repeat(62)}…" has email "${"x".repeat(399)}…", which is not a valid address.`,
      notes: "other text parameters (a part of the cell) are bounded too, more generously",
    },
    {
      code: "whitespace",
      value: "a".repeat(78) + "😀 ",
      message: `Estimated Deal Value value "${"a".repeat(78)}…" has spaces at the start or end.`,
      notes: "the cut never splits a surrogate pair",
    },
    {
      code: "whitespace",
      value: "a".repeat(80),
      message: `Estimated Deal Value value "${"a".repeat(80)}" has spaces at the start or end.`,
      notes: "80 characters are quoted whole",
    },
  ];
  it.each(shortened)("bounds message parameters: $notes", ({ code, value, fix, params, message }) => {
    const f = cellFinding(code, {
      at: { row: 1, col: 21 },
      column: "Estimated Deal Value",
      value,
      fix,
      params,
    });
    expect(f.message).toBe(message);
    expect(f.value).toBe(value);
    expect(f.fix).toBe(fix ?? null);
  });

  it("sorts file findings first, then by row and column", () => {
    const cell = (row: number, col: number) =>
      cellFinding("whitespace", { at: { row, col }, column: "Notes", value: " a" });
    const sorted = [
      cell(2, 5),
      cell(1, 9),
      rowFinding("required-missing", 2, "Notes"),
      fileFinding("file-empty"),
      cell(2, 1),
    ]
      .sort(compareFindings)
      .map((f) => f.cell ?? f.code);
    expect(sorted).toEqual(["file-empty", "J2", "required-missing", "B3", "F3"]);
  });
});
