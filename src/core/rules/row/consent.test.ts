import { create, summaryOf, tableOf } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

describe("consentGiven", () => {
  const column = "Consent to share Customer/Partner contact";
  const cases = [
    { value: "Yes", expected: [], notes: "consent given" },
    { value: "No", expected: [`consent-no:${column}@2`], notes: "deals won't be created with No" },
    {
      value: "N",
      expected: [`not-canonical:${column}@2`, `consent-no:${column}@2`],
      notes: "a spelled-out No is still No",
    },
  ];
  it.each(cases)("$value: $notes", ({ value, expected }) => {
    expect(summaryOf(checkTable(tableOf([create({ [column]: value })])).findings)).toEqual(expected);
  });
});
