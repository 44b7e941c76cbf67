import { create, summaryOf, tableOf, update } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

describe("duplicateTracker", () => {
  const cases = [
    {
      records: [update(), update()],
      expected: ["referral-id-duplicate:Referral ID@3"],
      notes: "same Referral ID: error on the second row only",
    },
    {
      records: [update(), update({ "Referral ID": "other" })],
      expected: [],
      notes: "different Referral IDs",
    },
    {
      records: [create(), create(), create()],
      expected: ["create-row-duplicate:Deal Name@3", "create-row-duplicate:Deal Name@4"],
      notes: "repeated new deal: warning on each later row",
    },
    {
      records: [create(), create({ "Deal Name": "UK SPRING DEAL " })],
      expected: ["whitespace:Deal Name@3", "create-row-duplicate:Deal Name@3"],
      notes: "case and surrounding spaces do not make a different deal",
    },
    {
      records: [create(), create({ "Customer Name": "Fabrikam" })],
      expected: [],
      notes: "same deal name for another customer",
    },
    {
      records: [create(), update()],
      expected: [],
      notes: "an update row does not duplicate a create row",
    },
  ];
  it.each(cases)("$notes", ({ records, expected }) => {
    expect(summaryOf(checkTable(tableOf(records)).findings)).toEqual(expected);
  });

  it("names the first row in the message", () => {
    const [finding] = checkTable(tableOf([update(), create(), update()])).findings;
    expect(finding.message).toContain("row 2");
  });
});
