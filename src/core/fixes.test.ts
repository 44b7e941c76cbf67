import { create, tableOf } from "../../test/fixtures/engine/records";
import { checkTable } from "./check";
import { applyFixes } from "./fixes";

describe("applyFixes", () => {
  it("writes exactly the fixed cells and leaves the input untouched", () => {
    const table = tableOf([
      create({
        Currency: "usd",
        "Customer Country": "UK",
        "Estimated Deal Value": "$12,563.00",
        Notes: " hi ",
      }),
      create({ "Deal Name": "Second" }),
    ]);
    const before = JSON.stringify(table);
    const result = checkTable(table);
    const { table: fixed, changed } = applyFixes(table, result.findings);
    expect(JSON.stringify(table)).toBe(before);
    expect(changed).toBe(4);
    const diff: string[] = [];
    fixed.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== table.rows[r][c]) diff.push(`${table.rows[0][c]}=${cell}`);
      }),
    );
    expect(diff).toEqual(["Customer Country=GB", "Estimated Deal Value=12563", "Currency=USD", "Notes=hi"]);
    expect(fixed.rows[2]).toBe(table.rows[2]);
    expect(checkTable(fixed).findings).toEqual([]);
  });

  it("leaves findings without a fix alone", () => {
    const table = tableOf([create({ Currency: "EURO" })]);
    expect(applyFixes(table, checkTable(table).findings).changed).toBe(0);
  });

  it("never renames a header, even one spelled differently from the template", () => {
    const table = tableOf([create()]);
    table.rows[0] = table.rows[0].map((h) => (h === "Currency" ? "currency" : h));
    const result = applyFixes(table, checkTable(table).findings);
    expect(result.table.rows[0][22]).toBe("currency");
    expect(result.changed).toBe(0);
  });

  it("applies only the findings it is given", () => {
    const table = tableOf([create({ Currency: "usd", "Customer Country": "uk" })]);
    const only = checkTable(table).findings.filter((f) => f.column === "Currency");
    const { table: fixed } = applyFixes(table, only);
    expect(fixed.rows[1][22]).toBe("USD");
    expect(fixed.rows[1][10]).toBe("uk");
  });
});
