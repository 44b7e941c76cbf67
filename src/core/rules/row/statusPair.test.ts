import { create, summaryOf, tableOf, update } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

const pair = (status: string, substatus: string) => ({
  "Partner Referral Status": status,
  "Partner Referral Substatus": substatus,
  "Declined/Lost/Error reason": ["Declined", "Lost", "Error"].includes(substatus) ? "1" : "",
});
const SUB = "Partner Referral Substatus";

describe("statusPair", () => {
  const cases = [
    { record: update(pair("Active", "Accepted")), expected: [], notes: "documented pair" },
    { record: update(pair("Closed", "Won")), expected: [], notes: "closed deal won" },
    { record: update(pair("New", "Received")), expected: [], notes: "new deal received" },
    {
      record: update(pair("Active", "Won")),
      expected: [`status-substatus-mismatch:${SUB}@2`],
      notes: "Won needs Closed",
    },
    {
      record: update(pair("Open", "Won")),
      expected: ["invalid-value:Partner Referral Status@2"],
      notes: "invalid status: one error, no pair error on top",
    },
    {
      record: update(pair("closed", "won")),
      expected: ["not-canonical:Partner Referral Status@2", `not-canonical:${SUB}@2`],
      notes: "case-only values still form a valid pair",
    },
    { record: create(pair("New", "Accepted")), expected: [], notes: "the documented values for a new deal" },
    {
      record: create(pair("New", "Pending")),
      expected: [`create-row-status:${SUB}@2`],
      notes: "create row not New/Accepted",
    },
    {
      record: create(pair("Active", "Won")),
      expected: [`status-substatus-mismatch:${SUB}@2`],
      notes: "an invalid pair on a create row is not also a create-row warning",
    },
  ];
  it.each(cases)("$notes", ({ record, expected }) => {
    expect(summaryOf(checkTable(tableOf([record])).findings)).toEqual(expected);
  });
});
