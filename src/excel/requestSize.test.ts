// Request sizes are counted in UTF-8 bytes and large writes split under the budget.
import { jsonBytes, rangeWriteBytes, splitByBytes, utf8Bytes } from "./requestSize";

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

describe("splitByBytes", () => {
  it("keeps order, stays within the budget, and sends an oversized item alone", () => {
    const sizes = [40, 30, 50, 120, 10, 10, 90];
    const groups = splitByBytes(sizes, (n) => n, 100);
    expect(groups).toEqual([[40, 30], [50], [120], [10, 10], [90]]);
    expect(groups.flat()).toEqual(sizes);
  });

  it("a fixed cell weighs what Microsoft's client sends (about 400 bytes), far more than its value", () => {
    const bytes = rangeWriteBytes("K12345", [["@"]], [["United States"]]);
    expect(bytes).toBeGreaterThanOrEqual(406);
    expect(bytes).toBeLessThan(500);
    // 20,000 such cells cannot go in one 5 MB request; split they fit in requests under the budget.
    const groups = splitByBytes(
      Array.from({ length: 20_000 }, () => bytes),
      (n) => n,
    );
    expect(groups.length).toBeGreaterThan(1);
    expect(Math.max(...groups.map((g) => g.reduce((s, n) => s + n, 0)))).toBeLessThanOrEqual(4_000_000);
  });
});
