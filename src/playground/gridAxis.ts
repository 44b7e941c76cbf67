// One axis (rows or columns) of the playground's virtualised grid: where each line starts, which
// lines a scroll position shows, and how far to scroll to reveal one. Hidden lines have size 0.
// Pure arithmetic, so the grid renders only what is visible and tests can check it without a DOM.

export class GridAxis {
  /** starts[i] = offset of line i from the first line (after the frozen header); starts[count] = total. */
  private readonly starts: Float64Array;

  constructor(
    readonly count: number,
    sizeOf: (index: number) => number,
    /** Lines 0 … frozen-1 stay in view (Excel's freeze panes). */
    readonly frozen = 0,
  ) {
    this.starts = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.starts[i + 1] = this.starts[i] + Math.max(0, sizeOf(i));
  }

  get total(): number {
    return this.starts[this.count];
  }
  start(index: number): number {
    return this.starts[index];
  }
  size(index: number): number {
    return this.starts[index + 1] - this.starts[index];
  }
  /** Size of the frozen lines together. */
  get frozenSize(): number {
    return this.starts[Math.min(this.frozen, this.count)];
  }

  /** The line under an offset (the last one at or past the end). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /**
   * Unfrozen lines [first, last] to render when scrolled by `scroll` with `viewport` pixels of the
   * axis visible (after the header), plus `overscan` lines either side; null when none.
   */
  visible(scroll: number, viewport: number, overscan = 0): { first: number; last: number } | null {
    const frozen = Math.min(this.frozen, this.count);
    if (frozen >= this.count) return null;
    const first = Math.max(frozen, this.indexAt(scroll + this.frozenSize) - overscan);
    const last = Math.min(this.count - 1, this.indexAt(scroll + Math.max(0, viewport)) + overscan);
    return first <= last ? { first, last } : null;
  }

  /**
   * The scroll position that shows line `index` whole below the frozen lines, moving as little as
   * possible (as Excel does when the selection leaves the window); `scroll` when already shown.
   */
  reveal(index: number, scroll: number, viewport: number): number {
    if (index < this.frozen || index >= this.count) return scroll;
    // Shown whole when frozenSize + scroll <= start and end <= scroll + viewport.
    const highest = this.starts[index] - this.frozenSize;
    const lowest = this.starts[index + 1] - viewport;
    if (scroll > highest) return highest;
    if (scroll < lowest) return Math.min(highest, lowest);
    return scroll;
  }
}
