import { templateHeader } from "../catalogue/template";
import { analyseHeader } from "./analyseHeader";

const template = templateHeader({ solutionColumns: 3, teamMemberColumns: 2 });
const replace = (from: string, to: string) => template.map((h) => (h === from ? to : h));
const without = (...names: string[]) => template.filter((h) => !names.includes(h));
const codesOf = (header: string[]) =>
  analyseHeader(header).findings.map((f) => `${f.code}:${f.column}${f.fix ? `→${f.fix}` : ""}`);

describe("analyseHeader", () => {
  const cases = [
    { header: template, expected: [], notes: "the template itself is clean" },
    {
      header: replace("Customer Country", "  customer   COUNTRY "),
      expected: ["header-not-canonical:Customer Country"],
      notes:
        "case and whitespace only: a notice naming the template spelling, no fix (headers are never renamed)",
    },
    {
      header: replace("Customer D-U-N-S ID", "Customer DUNS ID"),
      expected: ["header-not-canonical:Customer D-U-N-S ID"],
      notes: "alias from older templates",
    },
    {
      header: replace("Team member 2", "Team Member 2"),
      expected: ["header-not-canonical:Team member 2"],
      notes: "repeating column matched case-insensitively",
    },
    {
      header: [...template, "Deal Name"],
      expected: ["header-duplicate:Deal Name"],
      notes: "the same column twice is an error",
    },
    {
      header: [...template, "Customer Contry"],
      expected: ["header-unknown-suggest:Customer Contry"],
      notes: "typo within a small distance gets a suggestion",
    },
    {
      header: [...template, "Internal priority"],
      expected: ["header-unknown:Internal priority"],
      notes: "unrelated unknown column: warning without suggestion",
    },
    {
      header: without("Deal Name"),
      expected: ["header-missing-required:Deal Name"],
      notes: "required column absent",
    },
    {
      header: without("Marketplace Purchase Intent"),
      expected: ["header-missing-new-template:Marketplace Purchase Intent"],
      notes: "old templates lack Marketplace Purchase Intent: special message",
    },
    {
      header: without("Customer Contact Email Address"),
      expected: ["header-missing-conditional:Customer Contact Email Address"],
      notes: "conditionally required column absent: warning at the header",
    },
    {
      header: without("Partner role", "Solution area", "Solution play"),
      expected: [],
      notes: "no services columns at all is fine",
    },
    {
      header: without("Solution play"),
      expected: ["header-missing-conditional:Solution play"],
      notes: "part of the services trio present: the rest is needed",
    },
    {
      header: [...template, "Solution 51"],
      expected: ["header-number-out-of-range:Solution"],
      notes: "N above 50",
    },
    {
      header: [...template, "Team member 0"],
      expected: ["header-number-out-of-range:Team member"],
      notes: "N below 1",
    },
    {
      header: without("Solution 2"),
      expected: ["header-number-gap:Solution 2"],
      notes: "Solution 3 without Solution 2",
    },
    {
      header: without("Solution 1", "Solution 2", "Solution 3"),
      expected: ["header-missing-required:Solution 1"],
      notes: "Solution 1 is required",
    },
    {
      header: replace("Solution 1", "Solution 4"),
      expected: ["header-missing-required:Solution 1"],
      notes: "missing Solution 1 is not also reported as a gap",
    },
  ];
  it.each(cases)("$notes", ({ header, expected }) => {
    expect(codesOf(header).sort()).toEqual([...expected].sort());
  });

  it("maps sheet columns to descriptors and N", () => {
    const result = analyseHeader(["Solution 2", "Deal Name", "mystery", "deal name"]);
    expect(result.columns.map((c) => c && c.canonical)).toEqual(["Solution 2", "Deal Name", null, null]);
    expect(result.columns[0]?.n).toBe(2);
    expect(result.indexOf.get("Deal Name")).toBe(1);
  });

  it("reports a blank header only over a column with data", () => {
    const header = [...template, "", ""];
    const result = analyseHeader(header, { columnHasData: (col) => col === template.length });
    expect(result.findings.map((f) => f.code)).toEqual(["header-blank"]);
  });

  it("points header findings at the header row, offset by the origin", () => {
    const result = analyseHeader(replace("Currency", "currency"), { origin: { row: 2, col: 1 } });
    expect(result.findings[0]).toMatchObject({ row: 3, cell: "X3", at: { row: 0, col: 22 } });
  });
});
