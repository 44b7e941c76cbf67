import { create, tableOf } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

describe("raggedRow", () => {
  const base = tableOf([create()]);
  const cases = [
    { extra: [], expected: null, notes: "row as wide as the header" },
    { extra: ["", "  "], expected: null, notes: "blank extra cells are harmless" },
    {
      extra: ["", "stray", "more"],
      expected: { count: 2, col: 58 },
      notes: "two filled cells beyond the header",
    },
  ];
  it.each(cases)("$notes", ({ extra, expected }) => {
    const table = { rows: [base.rows[0], [...base.rows[1], ...extra]] };
    const found = checkTable(table).findings.filter((f) => f.code === "cells-beyond-header");
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((f) => ({ count: f.params.count, col: f.at?.col }))).toEqual([expected]);
  });
});
