// One fix planner for the CLI and Excel: which fix a cell gets, and which findings a filter keeps.
import { applyFixes } from "./fixes";
import { planFixes } from "./fixPlan";
import type { Finding, Severity } from "./types";

const finding = (cell: string, fix: string | null, severity: Severity, code = "x"): Finding => {
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1));
  return {
    code,
    severity,
    row,
    column: "Currency",
    cell,
    at: { row: row - 1, col },
    value: "usd ",
    params: {},
    message: "",
    fix,
  };
};

const notice = finding("B2", "usd", "notice", "whitespace");
const warning = finding("B2", "USD", "warning", "control-character");

describe("planFixes", () => {
  const cases = [
    { findings: [notice, warning], want: "USD", notes: "the warning's fix wins although it comes last" },
    { findings: [warning, notice], want: "USD", notes: "the warning's fix wins although it comes first" },
    {
      findings: [finding("B2", "a", "notice"), finding("B2", "b", "notice")],
      want: "a",
      notes: "between equals the first wins",
    },
  ];
  it.each(cases)("$notes", ({ findings, want }) => {
    expect(planFixes(findings).map((p) => [p.cell, p.fix])).toEqual([["B2", want]]);
  });

  it.each(cases)("the CLI's applyFixes writes the planned fix: $notes", ({ findings, want }) => {
    const table = {
      rows: [
        ["Deal Name", "Currency"],
        ["x", "usd "],
      ],
    };
    expect(applyFixes(table, findings).table.rows[1][1]).toBe(want);
  });

  it("never fixes a header cell, nor findings without a cell or a fix", () => {
    const header = { ...finding("B1", "Currency", "notice"), at: { row: 0, col: 1 } };
    const noFix = finding("C2", null, "error");
    const noCell = { ...finding("D2", "x", "notice"), cell: null, at: null };
    expect(planFixes([header, noFix, noCell])).toEqual([]);
  });

  it("keeps only what the filter asks for: severities, codes, rows", () => {
    const all = [
      finding("B2", "USD", "notice", "not-canonical"),
      finding("C3", "GB", "error", "country-not-alpha2"),
    ];
    const cells = (f: Parameters<typeof planFixes>[1]) => planFixes(all, f).map((p) => p.cell);
    expect(cells({ severities: ["error"] })).toEqual(["C3"]);
    expect(cells({ codes: ["not-canonical"] })).toEqual(["B2"]);
    expect(cells({ rows: [2] })).toEqual(["B2"]);
    expect(cells({})).toEqual(["B2", "C3"]);
  });
});
