import { blockValues, cellBytes, planBlocks } from "./writePlan";

describe("planBlocks", () => {
  const rows = (n: number, cols: number, cell = "abc") =>
    Array.from({ length: n }, () => Array(cols).fill(cell));

  it.each([
    { table: rows(10, 4), limits: { cells: 100 }, expected: [[0, 0, 10, 4]], notes: "all in one block" },
    {
      table: rows(10, 4),
      limits: { cells: 12 },
      expected: [
        [0, 0, 3, 4],
        [3, 0, 3, 4],
        [6, 0, 3, 4],
        [9, 0, 1, 4],
      ],
      notes: "by cells: whole rows, never more than the cap",
    },
    {
      table: rows(4, 2, "x".repeat(100)),
      limits: { bytes: 450 },
      expected: [
        [0, 0, 2, 2],
        [2, 0, 2, 2],
      ],
      notes: "by bytes: two 210-byte rows fit in 450",
    },
    {
      table: [["a"], ["y".repeat(1000), "z".repeat(1000), "w"], ["b"]],
      limits: { bytes: 1100 },
      expected: [
        [0, 0, 1, 3],
        [1, 0, 1, 1],
        [1, 1, 1, 2],
        [2, 0, 1, 3],
      ],
      notes: "a row heavier than a request is split into column pieces",
    },
    { table: [], limits: {}, expected: [], notes: "nothing to write" },
  ])("$notes", ({ table, limits, expected }) => {
    const width = table.reduce((w, r) => Math.max(w, r.length), 0);
    const blocks = planBlocks(table, width, limits).map((b) => [b.row, b.col, b.rows, b.cols]);
    expect(blocks).toEqual(expected);
    // The blocks cover every cell exactly once.
    const seen = new Set<string>();
    for (const [row, col, n, m] of blocks)
      for (let r = row; r < row + n; r++) for (let c = col; c < col + m; c++) seen.add(`${r}:${c}`);
    expect(seen.size).toBe(table.length * width);
  });

  it("pads short rows with empty cells", () => {
    expect(blockValues([["a"], ["b", "c"]], { row: 0, col: 0, rows: 2, cols: 2 })).toEqual([
      ["a", ""],
      ["b", "c"],
    ]);
  });

  it.each([
    { text: "abc", bytes: 6, notes: "ASCII: one byte each plus quotes and comma" },
    { text: "é", bytes: 6, notes: "non-ASCII counted at 3" },
    { text: '"\n', bytes: 15, notes: "escaped characters counted at their longest" },
  ])("cellBytes: $notes", ({ text, bytes }) => expect(cellBytes(text)).toBe(bytes));
});
