// Keeps one task pane mounted in the playground's container and remounts it on demand, one
// remount at a time (a second switch waits for the first pane to finish mounting).
import { mountTaskpane } from "../taskpane/mount";

export function paneMount(container: HTMLElement): () => Promise<void> {
  let current = mountTaskpane(container);
  return () => {
    current = current.then((unmount) => {
      unmount();
      return mountTaskpane(container);
    });
    return current.then(() => undefined);
  };
}
