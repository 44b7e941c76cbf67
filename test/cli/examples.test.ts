// The two shipped examples are documentation: these tests keep what the README promises true.
import { main } from "../../src/cli/main";
import { memoryIo, repoFile } from "./memoryIo";

async function report(path: string, files: Record<string, Uint8Array | string> = {}) {
  const io = memoryIo({ [path]: repoFile(path), ...files });
  const code = await main([path, "--json"], io);
  return { code, json: JSON.parse(io.stdoutText()), io };
}

describe("examples/clean.csv", () => {
  it("has 10 records (create and update rows) and not a single finding", async () => {
    const { code, json } = await report("examples/clean.csv");
    expect(json.records).toBe(10);
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("examples/mistakes.csv", () => {
  // One typical mistake per row (RULES.md); rows 2 and 5 also carry a day-first date.
  const expected = [
    {
      row: 2,
      cell: "X2",
      code: "date-reordered",
      severity: "notice",
      fix: "1/30/2026",
      notes: "30/01/2026 is day-first",
    },
    { row: 3, cell: "V3", code: "money-format", severity: "error", fix: "12563", notes: "$12,563.00" },
    { row: 4, cell: "W4", code: "not-canonical", severity: "notice", fix: "USD", notes: "usd" },
    { row: 5, cell: "X5", code: "date-reordered", severity: "notice", fix: "3/13/2026", notes: "13/3/2026" },
    { row: 5, cell: "AD5", code: "not-canonical", severity: "notice", fix: "Yes", notes: "yes" },
    { row: 6, cell: "K6", code: "country-not-alpha2", severity: "error", fix: "US", notes: "USA" },
    {
      row: 7,
      cell: "L7",
      code: "duns-short",
      severity: "warning",
      fix: "081466849",
      notes: "DUNS lost its zero",
    },
    {
      row: 8,
      cell: "R8",
      code: "status-substatus-mismatch",
      severity: "error",
      fix: null,
      notes: "Active / Won",
    },
    {
      row: 9,
      cell: "H9",
      code: "required-missing",
      severity: "error",
      fix: null,
      notes: "Customer City empty",
    },
    { row: 10, cell: "AF10", code: "consent-no", severity: "error", fix: null, notes: "Consent = No" },
    {
      row: 11,
      cell: "BE11",
      code: "team-member-email-invalid",
      severity: "error",
      fix: null,
      notes: "bad email",
    },
    { row: 12, cell: "U12", code: "sales-stage-format", severity: "notice", fix: "40", notes: "40%" },
    { row: 13, cell: "AS13", code: "domain-not-bare", severity: "warning", fix: "contoso.com", notes: "URL" },
    {
      row: 14,
      cell: "E14",
      code: "whitespace",
      severity: "notice",
      fix: "Contoso Ltd",
      notes: "stray spaces",
    },
  ];

  it("reports exactly the planted mistakes, in reading order", async () => {
    const { code, json } = await report("examples/mistakes.csv");
    expect(json.records).toBe(13);
    expect(
      json.findings.map((f: Record<string, unknown>) => ({ ...f, message: undefined, column: undefined })),
    ).toEqual(
      expected.map((e) => ({ row: e.row, cell: e.cell, code: e.code, severity: e.severity, fix: e.fix })),
    );
    expect(json.summary).toEqual({ error: 6, warning: 2, notice: 6 });
    expect(code).toBe(1);
  });

  it("names the column and quotes the value in each message", async () => {
    const { json } = await report("examples/mistakes.csv");
    const byCell = new Map(json.findings.map((f: { cell: string }) => [f.cell, f]));
    expect(byCell.get("H9")).toMatchObject({
      column: "Customer City",
      message: "Required field Customer City missing",
    });
    expect(byCell.get("V3")).toMatchObject({ column: "Estimated Deal Value" });
    expect((byCell.get("V3") as { message: string }).message).toContain('"$12,563.00"');
  });

  it("leaves only the mistakes a person must resolve after --fix", async () => {
    const io = memoryIo({ "examples/mistakes.csv": repoFile("examples/mistakes.csv") });
    await main(["examples/mistakes.csv", "--fix", "--out", "fixed.csv"], io);
    const again = memoryIo({ "fixed.csv": io.written("fixed.csv") });
    expect(await main(["fixed.csv", "--json"], again)).toBe(1);
    const left = JSON.parse(again.stdoutText()).findings.map(
      (f: { code: string; cell: string }) => `${f.cell} ${f.code}`,
    );
    expect(left).toEqual([
      "R8 status-substatus-mismatch",
      "H9 required-missing",
      "AF10 consent-no",
      "BE11 team-member-email-invalid",
    ]);
  });
});
