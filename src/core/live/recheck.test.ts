// Property: for random sheets and random edits (rows changed, blanked, added below, the header
// changed), the incremental re-check equals a whole check of the edited table: same findings, same
// order, same counts. The value pools are small on purpose so that duplicates, day/month evidence
// (proving, ambiguous, both orders, ties), blank headers over data and Partner Center's Errors
// appear and disappear as rows change.
import fc from "fast-check";
import { templateHeader } from "../catalogue/template";
import { checkTable } from "../check";
import type { CheckOptions, Table } from "../types";
import { create, tableOf, update } from "../../../test/fixtures/engine/records";
import { recheckRows, startLiveCheck, type RowChange } from "./recheck";

const POOLS: Record<string, string[]> = {
  "Referral ID": ["", "ref-1", "ref-2", " ref-1 ", "ref-3"],
  "Engagement ID": ["", "f7eaae47-0b84-4ac4-b4ea-5b2587d42cee"],
  "Customer Name": ["Contoso", "contoso ", "Fabrikam", ""],
  "Deal Name": ["Deal A", "deal a", "Deal B", ""],
  "Estimated Close Date": [
    "5/6/2030",
    "13/6/2030",
    "6/13/2030",
    "14/6/2030",
    "7/7/2030",
    " 5/6/2030 ",
    "30.01.2030",
    "2/30/2030",
    "soon",
    "",
    "1/30/2030",
    "2030-01-30",
    "5/6/30",
    "4/3/2030",
  ],
  "Partner Referral Status": ["Active", "Closed", "Bogus"],
  "Partner Referral Substatus": ["Accepted", "Won", "Lost", ""],
  "Customer City": ["Seattle", "", " Paris"],
  "Sales Stage": ["40", "40%", "x"],
  Errors: ["", "Bad value; Other problem", "One"],
  "": ["", "note"],
};

const HEADERS = [
  { notes: "the template", header: templateHeader() },
  {
    notes: "processed file with a blank header over possible data",
    header: [...templateHeader(), "", "Errors"],
  },
];

const ORIGINAL: Table = tableOf([
  update({
    "Referral ID": "ref-1",
    "Partner Referral Substatus": "Won",
    "Partner Referral Status": "Closed",
  }),
  update({ "Referral ID": "ref-2", "Customer City": "Berlin" }),
]);

function rowArb(header: string[]): fc.Arbitrary<string[]> {
  const overrides = fc.record(
    Object.fromEntries(Object.entries(POOLS).map(([name, pool]) => [name, fc.constantFrom(...pool)])),
    { requiredKeys: [] },
  );
  return fc
    .record({
      kind: fc.constantFrom("create", "update", "blank"),
      overrides,
      extra: fc.constantFrom(null, "", "beyond"),
    })
    .map(({ kind, overrides, extra }) => {
      if (kind === "blank") return header.map(() => (extra === "" ? " " : ""));
      const record = kind === "create" ? create(overrides) : update(overrides);
      const cells = header.map((name) => record[name] ?? "");
      return extra === null ? cells : [...cells, extra];
    });
}

function changesArb(header: string[], rows: number): fc.Arbitrary<RowChange[]> {
  const headerChange = fc.constantFrom(
    header.map((h) => (h === "" ? "Notes" : h)),
    header.map((h) => (h === "Deal Name" ? "Deal Nmae" : h)),
    header,
  );
  const change = fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({ row: fc.integer({ min: 1, max: rows + 3 }), cells: rowArb(header) }),
    },
    { weight: 1, arbitrary: headerChange.map((cells) => ({ row: 0, cells })) },
  );
  return fc.array(change, { minLength: 1, maxLength: 6 });
}

const scenario = fc
  .record({
    shape: fc.constantFrom(...HEADERS),
    dateOrder: fc.constantFrom<CheckOptions["dateOrder"]>("auto", "mdy", "dmy"),
    withOriginal: fc.boolean(),
  })
  .chain(({ shape, dateOrder, withOriginal }) =>
    fc.record({
      header: fc.constant(shape.header),
      options: fc.constant<CheckOptions>(withOriginal ? { dateOrder, original: ORIGINAL } : { dateOrder }),
      rows: fc.array(rowArb(shape.header), { maxLength: 10 }),
      batches: fc.array(changesArb(shape.header, 10), { minLength: 1, maxLength: 4 }),
    }),
  );

describe("recheckRows", () => {
  it("equals a whole check of the edited table after every batch of changes", () => {
    fc.assert(
      fc.property(scenario, ({ header, options, rows, batches }) => {
        let live = startLiveCheck({ rows: [header, ...rows] }, options);
        expect(live.result).toEqual(checkTable(live.table, options));
        for (const changes of batches) {
          const before = live;
          live = recheckRows(live, changes);
          expect(live.result).toEqual(checkTable(live.table, options));
          // The previous check is left as it was (a failed update can fall back to it).
          expect(before.result).toEqual(checkTable(before.table, options));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("re-judges every ambiguous date of the column when one edit proves the other order", () => {
    const table = tableOf([
      create({ "Estimated Close Date": "5/6/2030", "Deal Name": "A" }),
      create({ "Estimated Close Date": "4/3/2030", "Deal Name": "B" }),
    ]);
    const live = startLiveCheck(table, { dateOrderHint: "mdy" });
    expect(live.result.findings.map((f) => f.code)).toEqual([]);
    const edited = [...table.rows[1]];
    edited[table.rows[0].indexOf("Estimated Close Date")] = "13/6/2030";
    const next = recheckRows(live, [{ row: 1, cells: edited }]);
    expect(next.result.findings.map((f) => `${f.code}@${f.row}`)).toEqual([
      "date-reordered@2",
      "date-reordered@3",
    ]);
    expect(next.changedRows).toEqual([1, 2]);
  });

  it("moves a duplicate finding to the next row when the first of the group changes", () => {
    const table = tableOf([
      create({ "Deal Name": "A" }),
      create({ "Deal Name": "A" }),
      create({ "Deal Name": "a " }),
    ]);
    const live = startLiveCheck(table);
    expect(live.result.findings.map((f) => `${f.code}@${f.row}`)).toEqual([
      "create-row-duplicate@3",
      "whitespace@4",
      "create-row-duplicate@4",
    ]);
    const edited = [...table.rows[1]];
    edited[table.rows[0].indexOf("Deal Name")] = "Other";
    const next = recheckRows(live, [{ row: 1, cells: edited }]);
    expect(next.result.findings.map((f) => `${f.code}@${f.row}:${f.params.first ?? ""}`)).toEqual([
      "whitespace@4:",
      "create-row-duplicate@4:3",
    ]);
  });
});
