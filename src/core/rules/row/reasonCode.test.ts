import { summaryOf, tableOf, update } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

const REASON = "Declined/Lost/Error reason";
const row = (substatus: string, reason: string, status = "Closed") =>
  update({ "Partner Referral Status": status, "Partner Referral Substatus": substatus, [REASON]: reason });

describe("reasonCode", () => {
  const cases = [
    { record: row("Lost", "8"), expected: [], notes: "8 is the last Declined/Lost code" },
    { record: row("Lost", "9"), expected: [`code-invalid:${REASON}@2`], notes: "9 exists only for Error" },
    { record: row("Error", "9"), expected: [], notes: "9 is valid for Error" },
    { record: row("Declined", "0"), expected: [`code-invalid:${REASON}@2`], notes: "codes start at 1" },
    {
      record: row("Declined", "budget"),
      expected: [`code-invalid:${REASON}@2`],
      notes: "text instead of number",
    },
    {
      record: row("Declined", ""),
      expected: [`required-missing-when-substatus:${REASON}@2`],
      notes: "required with Declined",
    },
    {
      record: row("Accepted", "3", "Active"),
      expected: [`reason-code-not-needed:${REASON}@2`],
      notes: "filled while substatus needs none",
    },
    {
      record: row("Gone", "12"),
      expected: ["invalid-value:Partner Referral Substatus@2", `code-invalid:${REASON}@2`],
      notes: "unreadable substatus: only the widest range applies",
    },
  ];
  it.each(cases)("$notes", ({ record, expected }) => {
    expect(summaryOf(checkTable(tableOf([record])).findings)).toEqual(expected);
  });
});
