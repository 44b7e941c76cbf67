// A flag remembered in localStorage (e.g. "getting started was dismissed"). Storage can be
// unavailable in some Office webviews: then the flag simply lasts for this session.
import * as React from "react";

function read(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

/** [dismissed, dismiss, reopen]: reopen forgets the flag so the help can be read again. */
export function useDismissed(key: string): [boolean, () => void, () => void] {
  const [dismissed, setDismissed] = React.useState(() => read(key));
  const dismiss = React.useCallback(() => {
    setDismissed(true);
    try {
      window.localStorage.setItem(key, "1");
    } catch {
      // remembered for this session only
    }
  }, [key]);
  const reopen = React.useCallback(() => {
    setDismissed(false);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // forgotten for this session only
    }
  }, [key]);
  return [dismissed, dismiss, reopen];
}
