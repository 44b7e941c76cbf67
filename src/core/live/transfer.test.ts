// A live check sent across a structured clone (as from the engine's Web Worker) and re-attached
// to its table behaves as the original: the same result, and the same result after every batch of
// edits (recheckRows), on random sheets with duplicates, dates and blank rows.
import fc from "fast-check";
import { templateHeader } from "../catalogue/template";
import type { CheckOptions } from "../types";
import { create, update } from "../../../test/fixtures/engine/records";
import { recheckRows, startLiveCheck, type RowChange } from "./recheck";
import { attachLive, detachLive } from "./transfer";

const header = templateHeader();
const POOLS: Record<string, string[]> = {
  "Referral ID": ["", "ref-1", "ref-2"],
  "Customer Name": ["Contoso", "contoso ", "Fabrikam"],
  "Deal Name": ["Deal A", "deal a", ""],
  "Estimated Close Date": ["5/6/2030", "13/6/2030", "6/13/2030", "soon", ""],
  "Customer City": ["Seattle", ""],
};

const rowArb: fc.Arbitrary<string[]> = fc
  .record({
    kind: fc.constantFrom("create", "update", "blank"),
    overrides: fc.record(
      Object.fromEntries(Object.entries(POOLS).map(([name, pool]) => [name, fc.constantFrom(...pool)])),
      { requiredKeys: [] },
    ),
  })
  .map(({ kind, overrides }) => {
    if (kind === "blank") return header.map(() => "");
    const record = kind === "create" ? create(overrides) : update(overrides);
    return header.map((name) => record[name] ?? "");
  });

const changeArb: fc.Arbitrary<RowChange[]> = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 10 }), cells: rowArb }),
  { minLength: 1, maxLength: 4 },
);

describe("detachLive / attachLive", () => {
  it("a cloned, re-attached check gives the same results as the original, before and after edits", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 8 }),
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<CheckOptions["dateOrder"]>("auto", "dmy"),
        (rows, batches, dateOrder) => {
          const table = { rows: [header, ...rows] };
          const options: CheckOptions = { dateOrder };
          let original = startLiveCheck(table, options);
          const sent = structuredClone(detachLive(original));
          let attached = attachLive(table, options, sent);
          expect(attached.result).toEqual(original.result);
          for (const changes of batches) {
            original = recheckRows(original, changes);
            attached = recheckRows(attached, changes);
            expect(attached.result).toEqual(original.result);
            expect(attached.changedRows).toEqual(original.changedRows);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sends no table cells back: the detached state holds no row's cells", () => {
    const rows = [header.map((name) => create({})[name] ?? "")];
    const live = startLiveCheck({ rows: [header, ...rows] }, {});
    const detached = detachLive(live);
    for (const row of detached.tracked?.rows ?? []) if (row) expect(row.view).not.toHaveProperty("cells");
    expect(detached.tracked).not.toHaveProperty("plan");
    expect(() => structuredClone(detached)).not.toThrow();
    expect(() => structuredClone(live)).toThrow(); // the plan holds functions
  });
});
