// "Open CSV file": reads the picked file's bytes, hands them to ops.openCsv with progress and a
// Cancel, then says in one sentence where the file went and how it was read, or why nothing was
// created. Warnings from reading the file (it may be cut off) stay listed under the button.
import * as React from "react";
import type { Finding } from "../../core/types";
import type { WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { useFindingText } from "../review/useFindingText";
import { readFileBytes } from "../open/readFileBytes";
import { openedSentence, refusedSentence } from "../open/openedText";
import type { Session } from "./useSession";

export interface OpenCsvActions {
  /** Resolves to the warnings found while reading the file once it is on a new sheet, else null. */
  open(file: File): Promise<Finding[] | null>;
  cancel(): void;
  /** Warnings found while reading the last opened file. */
  fileWarnings: Finding[];
}

export function useOpenCsv(
  ops: WorkbookOps,
  { run, dispatch, announce }: Session,
  refreshHeader: () => Promise<void>,
): OpenCsvActions {
  const i18n = useI18n();
  const messageOf = useFindingText();
  const controller = React.useRef<AbortController | null>(null);
  const [fileWarnings, setFileWarnings] = React.useState<Finding[]>([]);

  const open = React.useCallback(
    async (file: File) => {
      const abort = new AbortController();
      controller.current = abort;
      setFileWarnings([]);
      const outcome = await run(
        "open",
        async () => {
          const bytes = await readFileBytes(file);
          return ops.openCsv(
            { name: file.name, bytes },
            { signal: abort.signal, onProgress: (progress) => dispatch({ type: "progress", progress }) },
          );
        },
        () => announce(i18n.t("openCancelled"), "info"),
      );
      if (controller.current === abort) controller.current = null;
      if (!outcome) return null;
      if (!outcome.ok) {
        dispatch({ type: "failed", error: refusedSentence(file.name, outcome, i18n, messageOf) });
        return null;
      }
      // The opened sheet is now the active one: the last check described another sheet.
      dispatch({ type: "forgetCheck" });
      const warnings = outcome.fileFindings.filter((finding) => finding.severity !== "notice");
      setFileWarnings(warnings);
      announce(openedSentence(file.name, outcome, i18n));
      await refreshHeader();
      return warnings;
    },
    [ops, run, dispatch, announce, i18n, messageOf, refreshHeader],
  );

  const cancel = React.useCallback(() => controller.current?.abort(), []);

  return { open, cancel, fileWarnings };
}
