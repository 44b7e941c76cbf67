import { GridAxis } from "./gridAxis";

const rows = (count: number, frozen = 0, hidden: number[] = []) =>
  new GridAxis(count, (i) => (hidden.includes(i) ? 0 : 20), frozen);

describe("GridAxis", () => {
  it("places lines one after another, hidden ones taking no room", () => {
    const axis = rows(5, 0, [2]);
    expect([0, 1, 2, 3, 4].map((i) => axis.start(i))).toEqual([0, 20, 40, 40, 60]);
    expect(axis.total).toBe(80);
    expect(axis.indexAt(45)).toBe(3);
  });

  it("renders only the lines in the window of 5,000 rows, not the whole sheet", () => {
    const axis = rows(5001);
    expect(axis.visible(0, 200)).toEqual({ first: 0, last: 10 });
    expect(axis.visible(20 * 4000, 200, 2)).toEqual({ first: 3998, last: 4012 });
    expect(axis.visible(axis.total - 200, 200)).toEqual({ first: 4991, last: 5000 });
  });

  it("starts the scrolled lines below the frozen ones", () => {
    const axis = rows(100, 1);
    expect(axis.frozenSize).toBe(20);
    // Scrolled by 10 rows: row 0 stays on top, the next one shown is row 11.
    expect(axis.visible(200, 200)?.first).toBe(11);
  });

  it("scrolls as little as needed to show a line whole below the frozen lines", () => {
    const axis = rows(5001, 1);
    // Row 4,000 (index 3999) is far below: it becomes the last whole row of the window.
    const down = axis.reveal(3999, 0, 200);
    expect(down + 200).toBe(axis.start(4000));
    // Already whole in the window: no scrolling.
    expect(axis.reveal(3995, down, 200)).toBe(down);
    // Above the window: it becomes the first row under the frozen header row.
    const up = axis.reveal(10, down, 200);
    expect(up + axis.frozenSize).toBe(axis.start(10));
    // A frozen row is always shown.
    expect(axis.reveal(0, down, 200)).toBe(down);
  });
});
