import { create, summaryOf, tableOf, update } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

describe("requiredCells", () => {
  const cases = [
    {
      record: create({ "Deal Name": "" }),
      expected: ["required-missing:Deal Name@2"],
      notes: "a required column empty",
    },
    {
      record: create({ "Solution 1": "" }),
      expected: ["required-missing:Solution 1@2"],
      notes: "Solution 1 is required",
    },
    {
      record: create({ "Marketplace Purchase Intent": "" }),
      expected: ["required-missing:Marketplace Purchase Intent@2"],
      notes: "create rows need Marketplace Purchase Intent",
    },
    {
      record: update({ "Marketplace Purchase Intent": "" }),
      expected: ["marketplace-intent-missing:Marketplace Purchase Intent@2"],
      notes: "update rows: only a warning",
    },
    {
      record: update({ "Engagement ID": "" }),
      expected: ["engagement-id-missing:Engagement ID@2"],
      notes: "update rows should keep their Engagement ID",
    },
    { record: create({ "Engagement ID": "" }), expected: [], notes: "create rows need no Engagement ID" },
    { record: create({ "Customer State": "" }), expected: [], notes: "optional column empty" },
  ];
  it.each(cases)("$notes", ({ record, expected }) => {
    expect(summaryOf(checkTable(tableOf([record])).findings)).toEqual(expected);
  });

  it("does not repeat an absent required column on every row", () => {
    const header = tableOf([]).rows[0].filter((h) => h !== "Deal Name");
    const result = checkTable(tableOf([create(), create({ "Customer Name": "Other" })], header));
    expect(summaryOf(result.findings)).toEqual(["header-missing-required:Deal Name@1"]);
  });
});
