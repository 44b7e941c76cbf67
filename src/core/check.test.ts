import { create, summaryOf, tableOf, update } from "../../test/fixtures/engine/records";
import { templateHeader } from "./catalogue/template";
import { checkTable } from "./check";

describe("checkTable", () => {
  it("passes a valid create row and a valid update row without findings", () => {
    const result = checkTable(tableOf([create(), update()]));
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({
      records: 2,
      createRows: 1,
      updateRows: 1,
      summary: { error: 0, warning: 0, notice: 0 },
    });
  });

  const fileCases = [
    { rows: [], expected: ["file-no-header:@"], notes: "nothing at all" },
    { rows: [["", " "]], expected: ["file-no-header:@"], notes: "blank header row" },
    { rows: [templateHeader()], expected: ["no-records:@"], notes: "header only" },
  ];
  it.each(fileCases)("file level: $notes", ({ rows, expected }) => {
    expect(summaryOf(checkTable({ rows }).findings)).toEqual(expected);
  });

  it("skips blank rows without counting them but keeps later row numbers", () => {
    const table = tableOf([create(), {}, create({ "Deal Name": "" }), {}]);
    table.rows[2] = table.rows[2].map(() => "  ");
    const result = checkTable(table);
    expect(result.records).toBe(2);
    expect(summaryOf(result.findings)).toEqual(["required-missing:Deal Name@4"]);
  });

  it("reports more than 1,000 records once, at file level, with the split size", () => {
    const records = Array.from({ length: 1001 }, (_, i) => create({ "Deal Name": `Deal ${i}` }));
    const result = checkTable(tableOf(records));
    expect(result.records).toBe(1001);
    expect(result.findings.map((f) => f.code)).toEqual(["too-many-records"]);
    expect(result.findings[0]).toMatchObject({
      row: null,
      column: null,
      severity: "error",
      params: { files: 2 },
    });
  });

  it("accepts exactly 1,000 records", () => {
    const records = Array.from({ length: 1000 }, (_, i) => create({ "Deal Name": `Deal ${i}` }));
    expect(checkTable(tableOf(records)).findings).toEqual([]);
  });

  it("sorts findings by row then column and counts them by severity", () => {
    const table = tableOf([
      create({ Currency: "usd", "Customer Country": "UK" }),
      create({ "Deal Name": "Other", "Sales Stage": "55" }),
    ]);
    const result = checkTable(table);
    expect(summaryOf(result.findings)).toEqual([
      "country-not-alpha2:Customer Country@2",
      "not-canonical:Currency@2",
      "sales-stage-invalid:Sales Stage@3",
    ]);
    expect(result.summary).toEqual({ error: 1, warning: 1, notice: 1 });
  });

  it("addresses cells relative to the table origin, beyond column Z", () => {
    const result = checkTable(tableOf([create({ Currency: "usd" })]), { origin: { row: 4, col: 2 } });
    expect(result.findings[0]).toMatchObject({ row: 6, cell: "Y6", at: { row: 1, col: 22 } });
    const solution = checkTable(tableOf([create({ "Solution 1": "SOL-1, USD, x" })])).findings[0];
    expect(solution.cell).toBe("BC2");
  });

  it("validates repeating columns under their own numbered names", () => {
    const header = templateHeader({ solutionColumns: 3 });
    const result = checkTable(tableOf([create({ "Solution 3": "SOL-9, USD, 1, 0" })], header));
    expect(summaryOf(result.findings)).toEqual(["solution-quantity-invalid:Solution 3@2"]);
  });

  it("passes the date options to the date module", () => {
    const record = create({ "Estimated Close Date": "5/6/2030" });
    const dmy = checkTable(tableOf([record]), { dateOrder: "dmy" }).findings;
    expect(dmy.map((f) => f.fix)).toEqual(["6/5/2030"]);
    expect(checkTable(tableOf([record]), { dateOrder: "mdy" }).findings).toEqual([]);
  });

  it("never crashes on ragged, short or odd rows", () => {
    const table = {
      rows: [templateHeader(), ["x"], [], ["\u0000", "", "", "", "", "", "", "", "", "", "", "", "", ""]],
    };
    expect(() => checkTable(table)).not.toThrow();
    expect(checkTable(table).records).toBe(2);
  });

  it("does not validate values under unknown or duplicate headers", () => {
    const header = [...templateHeader(), "Deal Name", "Whatever"];
    const record = create();
    const table = { rows: [header, [...tableOf([record]).rows[1], " x ", "usd"]] };
    expect(summaryOf(checkTable(table).findings)).toEqual([
      "header-duplicate:Deal Name@1",
      "header-unknown:Whatever@1",
    ]);
  });
});
