// "Save as CSV": re-check (without marking the sheet) so the error count is current, ask before saving with errors, then
// download the files (or, on Mac where downloads do not work, hand them over as text).
import * as React from "react";
import type { CheckOutcome, CsvFile, WorkbookOps } from "../ports";
import type { DateOrder } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { downloadCsvFiles } from "../save/download";
import { noteSaveMethod } from "../diagnostics/saveMethod";
import type { Session } from "./useSession";

export interface SaveOptions {
  split: boolean;
  bom: boolean;
}

export interface SaveFlow {
  save(options: SaveOptions): Promise<void>;
  /** Number of errors the user must accept before saving; null when not asking. */
  pendingErrors: number | null;
  saveAnyway(): Promise<void>;
  cancelSave(): void;
  /** Files shown as text on platforms that cannot download. */
  textFiles: CsvFile[] | null;
}

export interface SaveDeps {
  ops: WorkbookOps;
  session: Session;
  check: (lead?: string, highlight?: boolean) => Promise<CheckOutcome | undefined>;
  dateOrder: DateOrder;
  canDownload: boolean;
  download?: (files: CsvFile[]) => void;
}

export function useSave({
  ops,
  session,
  check,
  dateOrder,
  canDownload,
  download = downloadCsvFiles,
}: SaveDeps): SaveFlow {
  const { t, tp } = useI18n();
  const { run, announce } = session;
  const [pending, setPending] = React.useState<{ errors: number; options: SaveOptions } | null>(null);
  const [textFiles, setTextFiles] = React.useState<CsvFile[] | null>(null);

  const deliver = React.useCallback(
    async (options: SaveOptions) => {
      const files = await run("save", () => ops.buildCsv({ ...options, dateOrder }));
      if (!files) return;
      if (files.length === 0) return announce(t("saveNothing"));
      if (canDownload) download(files);
      else setTextFiles(files);
      noteSaveMethod(canDownload ? "download" : "text to copy");
      announce(tp("saveSaved", files.length));
    },
    [ops, run, announce, t, tp, dateOrder, canDownload, download],
  );

  const save = React.useCallback(
    async (options: SaveOptions) => {
      setTextFiles(null);
      // Only the error count is needed: the sheet is read, not marked.
      const outcome = await check(undefined, false);
      if (!outcome) return;
      const errors = outcome.result.summary.error;
      if (errors > 0) setPending({ errors, options });
      else await deliver(options);
    },
    [check, deliver],
  );

  const saveAnyway = React.useCallback(async () => {
    if (!pending) return;
    setPending(null);
    await deliver(pending.options);
  }, [pending, deliver]);

  const cancelSave = React.useCallback(() => setPending(null), []);

  return { save, pendingErrors: pending?.errors ?? null, saveAnyway, cancelSave, textFiles };
}
