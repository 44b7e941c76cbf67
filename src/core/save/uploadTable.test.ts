import { readFileSync } from "node:fs";
import { join } from "node:path";
import { create, tableOf } from "../../../test/fixtures/engine/records";
import { checkTable } from "../check";
import { readCsvText } from "../csv";
import type { Table } from "../types";
import { uploadTable } from "./uploadTable";

const saved = (table: Table) => {
  const result = uploadTable(table, checkTable(table).findings);
  if (!result.ok) throw new Error(result.reason);
  return result;
};
const cell = (table: Table, row: number, name: string) => table.rows[row][table.rows[0].indexOf(name)];

describe("uploadTable", () => {
  const cases = [
    {
      column: "Estimated Close Date",
      raw: "30/01/2030",
      saved: "1/30/2030",
      notes: "day-first date → M/D/YYYY",
    },
    { column: "Estimated Close Date", raw: "01/30/2030", saved: "1/30/2030", notes: "zero-padded date" },
    { column: "Currency", raw: "usd", saved: "USD", notes: "case of a code" },
    { column: "Share with Microsoft sales team", raw: "yes", saved: "Yes", notes: "Yes/No spelling" },
    { column: "Customer Name", raw: " Contoso ", saved: "Contoso", notes: "surrounding whitespace" },
    { column: "Sales Stage", raw: "40%", saved: "40", notes: "a stage written as a percentage" },
    { column: "Customer Country", raw: "USA", saved: "USA", notes: "an error's fix is the user's to apply" },
    { column: "Customer D-U-N-S ID", raw: "81466849", saved: "81466849", notes: "a warning's fix too" },
    { column: "Customer Name", raw: "=cmd", saved: "=cmd", notes: "a warning without a fix stays" },
  ];
  it.each(cases)("$notes", ({ column, raw, saved: expected }) => {
    const table = tableOf([create({ [column]: raw })]);
    expect(cell(saved(table).table, 1, column)).toBe(expected);
  });

  it("changes nothing else and leaves the checked table as it was", () => {
    const table = tableOf([create({ Currency: "usd" }), {}, create({ "Deal Name": "Second" })]);
    const copy = JSON.parse(JSON.stringify(table)) as Table;
    const result = saved(table);
    expect(table).toEqual(copy);
    expect(result.records).toBe(2);
    expect(result.normalised).toBe(1);
    const expected = JSON.parse(JSON.stringify(table)) as Table;
    expected.rows[1][table.rows[0].indexOf("Currency")] = "USD";
    expect(result.table).toEqual(expected); // blank row kept in place, header untouched
  });

  it("keeps a header spelled another way: headers are never renamed", () => {
    const table = tableOf([create()]);
    table.rows[0] = table.rows[0].map((h) => (h === "Currency" ? "currency" : h));
    expect(saved(table).table.rows[0]).toEqual(table.rows[0]);
  });

  it.each([
    { rows: [["Deal Name", "Currency"]], notes: "header only" },
    { rows: [["Deal Name", "Currency"], ["", " "], []], notes: "only blank rows" },
    { rows: [], notes: "nothing at all" },
  ])("refuses a table with no records: $notes", ({ rows }) => {
    const table = { rows };
    expect(uploadTable(table, checkTable(table).findings)).toEqual({ ok: false, reason: "no-records" });
  });

  it("writes mistakes.csv as the CLI report says it will be written", () => {
    const text = readFileSync(join(__dirname, "..", "..", "..", "examples", "mistakes.csv"), "utf8");
    const read = readCsvText(text);
    if (!read.ok) throw new Error("example does not read");
    const result = saved(read.table);
    const again = checkTable(result.table).findings;
    // Every notice is settled by saving; errors and warnings remain for the user.
    expect(again.filter((f) => f.severity === "notice")).toEqual([]);
    expect(again.filter((f) => f.severity !== "notice").map((f) => f.cell)).toEqual(
      checkTable(read.table)
        .findings.filter((f) => f.severity !== "notice")
        .map((f) => f.cell),
    );
  });
});
