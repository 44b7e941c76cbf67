// "Show all" without freezing the pane: a long list mounts its first items at once and the rest in
// slices, one slice per animation frame, so a click or Cancel is handled between slices.
import * as React from "react";

export const FIRST_SLICE = 50;
export const NEXT_SLICE = 100;

/**
 * How many of `total` items to render now. Grows by a slice per frame until all are rendered;
 * `atLeast` (an index that must be on screen, e.g. the current finding) jumps ahead at once.
 */
export function useProgressiveCount(total: number, atLeast = -1): number {
  const [count, setCount] = React.useState(() => Math.min(total, FIRST_SLICE));
  const wanted = Math.min(total, Math.max(count, atLeast + 1));
  React.useEffect(() => {
    if (wanted >= total) return;
    const frame = requestAnimationFrame(() => setCount(Math.min(total, wanted + NEXT_SLICE)));
    return () => cancelAnimationFrame(frame);
  }, [wanted, total]);
  return wanted;
}
