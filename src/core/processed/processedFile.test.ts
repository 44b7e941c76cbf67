import { checkTable } from "../check";
import { templateHeader } from "../catalogue/template";
import {
  MAX_MESSAGES_PER_CELL,
  partnerCenterFindings,
  partnerCenterMessages,
  splitProcessedRows,
} from "./processedFile";

const header = ["Errors", "Referral ID", "Deal Name"];

describe("partnerCenterMessages", () => {
  const cases = [
    { cell: "", expected: [], notes: "an accepted row has an empty Errors cell" },
    { cell: "   ", expected: [], notes: "whitespace is not a message" },
    { cell: "Invalid currency", expected: ["Invalid currency"], notes: "one message" },
    {
      cell: "Required field Solution 1 missing; Invalid email ;",
      expected: ["Required field Solution 1 missing", "Invalid email"],
      notes: "several messages are separated by ';' (RULES.md), trailing separators ignored",
    },
    {
      cell: "Invalid email; Invalid currency;Invalid email ",
      expected: ["Invalid email", "Invalid currency"],
      notes: "a message repeated in one cell is reported once",
    },
    {
      cell: "a;".repeat(500_000),
      expected: ["a"],
      notes: "a 1 MB cell of one repeated message is one finding, not 500,000",
    },
    {
      cell: Array.from({ length: 25 }, (_, i) => `m${i + 1}`).join(";"),
      expected: [
        ...Array.from({ length: MAX_MESSAGES_PER_CELL - 1 }, (_, i) => `m${i + 1}`),
        "m20; m21; m22; m23; m24; m25",
      ],
      notes: "past the limit the last finding holds the rest: nothing is dropped, the report stays short",
    },
  ];
  it.each(cases)("$notes", ({ cell, expected }) => {
    expect(partnerCenterMessages(cell)).toEqual(expected);
  });
});

describe("partnerCenterFindings", () => {
  it("reports each message on its row's Errors cell, with the sheet origin applied", () => {
    const table = {
      rows: [header, ["", "R-1", "ok"], ["A; B", "R-2", "bad"], ["", "", ""], ["C", "", "new"]],
    };
    const found = partnerCenterFindings(table, { row: 2, col: 1 });
    expect(found.map((f) => [f.code, f.severity, f.row, f.cell, f.params.message])).toEqual([
      ["partner-center-error", "warning", 5, "B5", "A"],
      ["partner-center-error", "warning", 5, "B5", "B"],
      ["partner-center-error", "warning", 7, "B7", "C"],
    ]);
    expect(found[0].message).toBe("Partner Center rejected this row last time: A");
  });

  it("finds the Errors column by name wherever it is, case-insensitively", () => {
    const table = {
      rows: [
        ["Deal Name", " errors "],
        ["x", "Bad deal"],
      ],
    };
    expect(partnerCenterFindings(table, { row: 0, col: 0 }).map((f) => f.cell)).toEqual(["B2"]);
  });

  it("reports nothing for a file that was never uploaded (no Errors column)", () => {
    expect(partnerCenterFindings({ rows: [["Deal Name"], ["x"]] }, { row: 0, col: 0 })).toEqual([]);
  });

  it("is part of checkTable, so the CLI and the add-in both show Partner Center's errors", () => {
    const full = templateHeader();
    const row = full.map((name) => (name === "Errors" ? "Customer matching failed" : ""));
    const result = checkTable({ rows: [full, row] });
    expect(result.findings.filter((f) => f.code === "partner-center-error")).toHaveLength(1);
  });
});

describe("splitProcessedRows", () => {
  it("separates accepted from rejected records and ignores blank rows", () => {
    const table = {
      rows: [header, ["", "R-1", "ok"], ["x", "R-2", "bad"], [" ", " ", ""], ["", "R-3", "ok"]],
    };
    expect(splitProcessedRows(table)).toEqual({ succeeded: [1, 4], failed: [2] });
  });

  it("returns null without an Errors column, so nothing is moved", () => {
    expect(splitProcessedRows({ rows: [["Deal Name"], ["x"]] })).toBeNull();
  });
});
