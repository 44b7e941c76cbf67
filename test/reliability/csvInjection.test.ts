// CSV injection through the whole checker: cells starting with `=` are warned about in any checked
// column, nothing is rewritten (no automatic quote prefix); `+`, `-`, `@` starts are ordinary text.
import { applyFixes, checkTable, renderMessage } from "../../src/core";
import { create, tableOf } from "../fixtures/engine/records";

const cases = [
  {
    column: "Deal Name",
    value: '=HYPERLINK("http://evil.example","x")',
    warned: true,
    notes: "link formula in a text column",
  },
  { column: "Notes", value: "=cmd|' /C calc'!A0", warned: true, notes: "DDE payload in a multi-line column" },
  { column: "Customer Name", value: "@SUM(1+1)", warned: false, notes: "@ start: never flagged (RULES.md)" },
  { column: "Customer Name", value: "@Home Networks Ltd", warned: false, notes: "a company name with @" },
  { column: "CRM ID", value: "+cmd|' /C calc'!A0", warned: false, notes: "+ start: never flagged" },
  { column: "Notes", value: "- bullet point", warned: false, notes: "a dash-bullet note" },
  { column: "Notes", value: "+20% seats", warned: false, notes: "a note starting with +" },
  { column: "Customer Contact Phone number", value: "+1 425 555 0100", warned: false, notes: "phone number" },
  { column: "Notes", value: "-12", warned: false, notes: "negative number" },
  { column: "Customer Name", value: "Contoso = Fabrikam", warned: false, notes: "= not at the start" },
];

describe("formula-like cells", () => {
  it.each(cases)("$notes ($column: $value)", ({ column, value, warned }) => {
    const table = tableOf([create({ [column]: value })]);
    const result = checkTable(table);
    const found = result.findings.filter((f) => f.code === "formula-like");
    if (!warned) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", column, row: 2, fix: null, value });
    expect(found[0].message).toBe(renderMessage("formula-like", found[0].params));
    expect(found[0].message).toMatch(
      /starts with "=", so a spreadsheet that opens the file may run it as a formula\.$/,
    );
    // Nothing is altered: fixing everything leaves the cell exactly as it was.
    const fixed = applyFixes(table, result.findings).table;
    expect(fixed.rows[1][table.rows[0].indexOf(column)]).toBe(value);
  });
});
