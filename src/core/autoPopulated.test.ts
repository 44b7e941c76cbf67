// RULES.md revision 7: the columns Partner Center's account matching fills are its output, not the
// user's input, so the checker leaves them alone; Final account match is edited by users and checked.
import { create, tableOf } from "../../test/fixtures/engine/records";
import { checkTable } from "./check";

describe("auto-populated columns", () => {
  const cases = [
    {
      column: "Confidence",
      value: "Very high",
      checked: false,
      notes: "not one of High/Medium/Low: not validated",
    },
    { column: "Confidence", value: " low ", checked: false, notes: "case and spaces: no notice either" },
    { column: "Matched category", value: "=Managed", checked: false, notes: "no formula-like warning" },
    { column: "Managed account 1", value: "a\u0007b", checked: false, notes: "no control-character warning" },
    { column: "DUNS account 2", value: " DUNSID: 1 ", checked: false, notes: "no whitespace notice" },
    { column: "Unmanaged account 2", value: "#N/A", checked: false, notes: "no Excel error value warning" },
    {
      column: "Final account match",
      value: "nonsense",
      checked: true,
      notes: "Final account match is validated",
    },
  ];
  it.each(cases)("$column $value: $notes", ({ column, value, checked }) => {
    const findings = checkTable(tableOf([create({ [column]: value })])).findings;
    expect(findings.some((f) => f.column === column)).toBe(checked);
  });
});
