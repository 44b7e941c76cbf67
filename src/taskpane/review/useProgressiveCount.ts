// "Show all" without freezing the pane: a long list mounts its first items at once and the rest in
// slices, one slice per animation frame, so a click or Cancel is handled between slices. The slice
// adapts to what an item costs on this machine: each is sized so that it takes about SLICE_MS.
import * as React from "react";

export const FIRST_SLICE = 50;
const SLICE_MS = 40;
const MIN_SLICE = 5;
const MAX_SLICE = 500;

/**
 * How many of `total` items to render now. Grows by a slice per frame until all are rendered;
 * `atLeast` (an index that must be on screen, e.g. the current finding) jumps ahead at once.
 */
export function useProgressiveCount(total: number, atLeast = -1): number {
  const [count, setCount] = React.useState(() => Math.min(total, FIRST_SLICE));
  const wanted = Math.min(total, Math.max(count, atLeast + 1));
  // The last slice: how many items, and when its render started.
  const last = React.useRef({ size: FIRST_SLICE, started: 0 });
  React.useEffect(() => {
    const { size, started } = last.current;
    let next = size;
    if (started > 0) {
      const took = Math.max(1, performance.now() - started);
      next = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (size * SLICE_MS) / took)));
    }
    if (wanted >= total) return;
    const frame = requestAnimationFrame(() => {
      last.current = { size: next, started: performance.now() };
      setCount(Math.min(total, wanted + next));
    });
    return () => cancelAnimationFrame(frame);
  }, [wanted, total]);
  return wanted;
}
