// "Save as CSV": re-check (without marking the sheet) so the error count is current, ask before
// saving with errors, then hand the files over. One file downloads at once; the parts of a split
// each get their own Download button (browsers block or pile up several downloads at once); where
// the task pane cannot download (Excel on Mac and iPad) the files are shown as text to copy.
// Every file can also be copied as text. The status says a download started: only the browser
// knows whether the file was saved.
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
  /** The files of the last save, each offered for download (where possible) and as text to copy. */
  files: CsvFile[] | null;
  /** False on hosts whose task pane cannot download (Excel on Mac and iPad). */
  canDownload: boolean;
  /** Starts the download of one file and says so. */
  download(file: CsvFile): void;
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
  const [files, setFiles] = React.useState<CsvFile[] | null>(null);

  const downloadOne = React.useCallback(
    (file: CsvFile) => {
      download([file]);
      announce(t("saveDownloadStarted", { name: file.name, records: file.records }));
    },
    [download, announce, t],
  );

  const deliver = React.useCallback(
    async (options: SaveOptions) => {
      const built = await run("save", () => ops.buildCsv({ ...options, dateOrder }));
      if (!built) return;
      if (built.length === 0) return announce(t("saveNothing"), "info");
      setFiles(built);
      noteSaveMethod(canDownload ? "download" : "text to copy");
      if (!canDownload) announce(tp("saveTextReady", built.length));
      else if (built.length === 1) downloadOne(built[0]);
      else announce(tp("saveParts", built.length));
    },
    [ops, run, announce, t, tp, dateOrder, canDownload, downloadOne],
  );

  const save = React.useCallback(
    async (options: SaveOptions) => {
      setFiles(null);
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

  return {
    save,
    pendingErrors: pending?.errors ?? null,
    saveAnyway,
    cancelSave,
    files,
    canDownload,
    download: downloadOne,
  };
}
