import { summaryOf, tableOf, update } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

const closedWon = { "Partner Referral Status": "Closed", "Partner Referral Substatus": "Won" };

describe("editTracker", () => {
  const cases = [
    { before: update(), now: update(), expected: [], notes: "unchanged row" },
    {
      before: update(),
      now: update({ "Deal Name": "Renamed" }),
      expected: [],
      notes: "Deal Name stays editable",
    },
    {
      before: update(),
      now: update({ "Customer City": "Seattle" }),
      expected: ["read-only-edited:Customer City@2"],
      notes: "read-only after creation",
    },
    {
      before: update({ "Microsoft Referral Status": "Pending" }),
      now: update({ "Microsoft Referral Status": "Accepted" }),
      expected: ["read-only-edited:Microsoft Referral Status@2"],
      notes: "always read-only",
    },
    {
      before: update({ "Share with Microsoft sales team": "Yes" }),
      now: update({ "Share with Microsoft sales team": "No" }),
      expected: ["read-only-edited:Share with Microsoft sales team@2"],
      notes: "read-only once set to Yes",
    },
    {
      before: update({ "Share with Microsoft sales team": "No" }),
      now: update({ "Share with Microsoft sales team": "Yes" }),
      expected: [],
      notes: "No may still become Yes",
    },
    {
      before: update({ "Share with Microsoft sales team": "Yes" }),
      now: update({ "Share with Microsoft sales team": "yes" }),
      expected: ["not-canonical:Share with Microsoft sales team@2"],
      notes: "a respelling of the same Yes is not an edit",
    },
    {
      before: update({ ...closedWon, "Estimated Deal Value": "100" }),
      now: update({ ...closedWon, "Estimated Deal Value": "200" }),
      expected: ["terminal-row-edited:Referral ID@2"],
      notes: "a deal already Won: one warning for the row, no per-column warnings",
    },
    {
      before: update({ ...closedWon }),
      now: update({ ...closedWon, "Customer Contact Phone number": "" }),
      expected: [],
      notes: "an untouched terminal row is fine",
    },
  ];
  it.each(cases)("$notes", ({ before, now, expected }) => {
    const result = checkTable(tableOf([now]), { original: tableOf([before]) });
    expect(summaryOf(result.findings)).toEqual(expected);
  });

  it("matches rows by Referral ID, not by position", () => {
    const original = tableOf([
      update({ "Referral ID": "A" }),
      update({ "Referral ID": "B", "Customer City": "Oslo" }),
    ]);
    const now = tableOf([
      update({ "Referral ID": "B", "Customer City": "Oslo" }),
      update({ "Referral ID": "A" }),
    ]);
    expect(checkTable(now, { original }).findings).toEqual([]);
  });
});
