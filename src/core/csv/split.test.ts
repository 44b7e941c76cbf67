import fc from "fast-check";
import { isBlankRow, splitTable } from "./split";

const H = ["Deal Name", "Customer Name"];
const rec = (n: number) => [`deal ${n}`, `customer ${n}`];
const BLANK = ["", "  "];

describe("splitTable", () => {
  it.each([
    { body: [rec(1), rec(2)], max: 2, parts: [[rec(1), rec(2)]], notes: "exactly at the limit: one file" },
    {
      body: [rec(1), rec(2), rec(3)],
      max: 2,
      parts: [[rec(1), rec(2)], [rec(3)]],
      notes: "one over: a second file with the header",
    },
    {
      body: [rec(1), BLANK, rec(2), BLANK, rec(3)],
      max: 2,
      parts: [[rec(1), BLANK, rec(2), BLANK], [rec(3)]],
      notes: "blank rows are not records and stay where they were",
    },
    { body: [BLANK, BLANK], max: 2, parts: [[BLANK, BLANK]], notes: "no records: one part, nothing lost" },
    { body: [], max: 2, parts: [[]], notes: "header only" },
    { body: [rec(1), rec(2)], max: 0, parts: [[rec(1)], [rec(2)]], notes: "a limit below 1 is treated as 1" },
  ])("$notes", ({ body, max, parts }) => {
    expect(splitTable({ rows: [H, ...body] }, max)).toEqual(parts.map((p) => ({ rows: [H, ...p] })));
  });

  it("defaults to Partner Center's 1,000 records", () => {
    const rows = [H, ...Array.from({ length: 2500 }, (_, i) => rec(i))];
    expect(splitTable({ rows }).map((p) => p.rows.length - 1)).toEqual([1000, 1000, 500]);
  });

  it("an empty table gives one empty part", () => {
    expect(splitTable({ rows: [] })).toEqual([{ rows: [] }]);
  });

  it("parts hold ≤ max records each, every one starts with the header, and together they are the table", () => {
    const row = fc.oneof(fc.constant(BLANK), fc.nat(99).map(rec));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (body, max) => {
        const parts = splitTable({ rows: [H, ...body] }, max);
        for (const part of parts) {
          expect(part.rows[0]).toBe(H);
          expect(part.rows.slice(1).filter((r) => !isBlankRow(r)).length).toBeLessThanOrEqual(max);
        }
        expect(parts.flatMap((p) => p.rows.slice(1))).toEqual(body);
        // No part but the first may be without records.
        parts.slice(1).forEach((p) => expect(p.rows.slice(1).some((r) => !isBlankRow(r))).toBe(true));
      }),
    );
  });
});
