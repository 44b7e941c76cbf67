// Request sizes are counted in UTF-8 bytes and large writes split under the budget.
import { installRealClientHost } from "../simhost/wire/realClient";
import { gridJsonBytes, jsonBytes, rangeWriteBytes, splitByBytes, utf8Bytes } from "./requestSize";

describe("utf8Bytes", () => {
  it.each([
    { text: "USD", notes: "ASCII: one byte a character" },
    { text: "Société Générale", notes: "Latin accents: two bytes each" },
    { text: "株式会社", notes: "CJK: three bytes each" },
    { text: "Deal 🚀 2026", notes: "an emoji is a surrogate pair: four bytes, not six" },
    { text: "", notes: "empty" },
  ])("equals Node's byte length: $notes", ({ text }) => {
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
    expect(jsonBytes([[text]])).toBe(Buffer.byteLength(JSON.stringify([[text]]), "utf8"));
  });
});

describe("gridJsonBytes", () => {
  it("equals the UTF-8 bytes of the grid's JSON, whatever its cells hold", () => {
    const grids: unknown[][][] = [
      [],
      [[]],
      [["USD", 12.5, -0.001, 1e21, true, false, null, ""]],
      [
        ['say "hi"', "back\\slash", "tab\tnew\nline\u0001", "Société", "株式会社", "🚀", "\ud800"],
        [NaN, Infinity, 0, -0, 45678.25, undefined, "@", "0.00%"],
      ],
    ];
    for (const grid of grids)
      expect(gridJsonBytes(grid)).toBe(Buffer.byteLength(JSON.stringify(grid), "utf8"));
  });
});

describe("splitByBytes", () => {
  it("keeps order, stays within the budget, and sends an oversized item alone", () => {
    const sizes = [40, 30, 50, 120, 10, 10, 90];
    const groups = splitByBytes(sizes, (n) => n, 100);
    expect(groups).toEqual([[40, 30], [50], [120], [10, 10], [90]]);
    expect(groups.flat()).toEqual(sizes);
  });

  it("a fixed cell's estimate covers what Microsoft's client really sends for it, with little waste", async () => {
    const sim = installRealClientHost({ sheets: ["Deals"] });
    try {
      const cells = Array.from({ length: 1000 }, (_, i) => `K${i * 7 + 2}`);
      sim.resetSyncCount();
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Deals");
        for (const cell of cells) {
          const range = sheet.getRange(cell);
          range.numberFormat = [["@"]];
          range.values = [["United States"]];
        }
        await context.sync();
      });
      const real = sim.requests[0].requestBytes / cells.length;
      const estimate = rangeWriteBytes("K6995", [["@"]], [["United States"]]);
      expect(real).toBeGreaterThan(300); // the "300–400 bytes per fixed cell"
      expect(estimate).toBeGreaterThanOrEqual(real);
      expect(estimate).toBeLessThan(real * 1.5);
      // 20,000 such cells cannot go in one 5 MB request; split, each request is under the budget.
      const groups = splitByBytes(
        Array.from({ length: 20_000 }, () => estimate),
        (n) => n,
      );
      expect(groups.length).toBeGreaterThan(1);
      expect(Math.max(...groups.map((g) => g.reduce((s, n) => s + n, 0)))).toBeLessThanOrEqual(4_000_000);
    } finally {
      sim.uninstall();
    }
  });
});
