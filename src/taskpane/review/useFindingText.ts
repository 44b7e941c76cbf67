// The reason of a finding in the UI language.
import * as React from "react";
import type { Finding } from "../../core/types";

/** Returns a function giving a finding's message for display. */
export function useFindingText(): (finding: Finding) => string {
  return React.useCallback((finding: Finding) => finding.message, []);
}
