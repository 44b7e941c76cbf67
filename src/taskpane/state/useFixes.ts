// Applying fixes and restoring the last batch; both re-check so the list matches the sheet.
import * as React from "react";
import type { Finding } from "../../core/types";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import type { Session } from "./useSession";

export interface FixActions {
  applyFixes(findings: Finding[]): Promise<void>;
  restore(): Promise<void>;
}

export function useFixes(
  ops: WorkbookOps,
  { run }: Session,
  recheck: (lead?: string) => Promise<unknown>,
): FixActions {
  const { tp } = useI18n();

  const applyFixes = React.useCallback(
    async (findings: Finding[]) => {
      const fixable = findings.filter((finding) => finding.fix !== null);
      if (fixable.length === 0) return;
      const applied = await run("fix", () => ops.applyFixes(fixable));
      if (!applied) return;
      await recheck(tp("fixApplied", applied.changed));
    },
    [ops, run, tp, recheck],
  );

  const restore = React.useCallback(async () => {
    const restored = await run("restore", () => ops.restore());
    if (!restored) return;
    await recheck(tp("fixRestored", restored.restored));
  }, [ops, run, tp, recheck]);

  return { applyFixes, restore };
}
