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

export function useDismissed(key: string): [boolean, () => void] {
  const [dismissed, setDismissed] = React.useState(() => read(key));
  const dismiss = React.useCallback(() => {
    setDismissed(true);
    try {
      window.localStorage.setItem(key, "1");
    } catch {
      // remembered for this session only
    }
  }, [key]);
  return [dismissed, dismiss];
}
