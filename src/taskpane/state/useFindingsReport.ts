// "Findings report": every finding of the last check, written only when asked, as a new sheet
// (each address a link to its cell) or as a CSV file: downloaded, or shown as text to copy where
// the task pane cannot download (Excel on Mac and iPad), as Save does.
import * as React from "react";
import { writeCsv } from "../../core/csv";
import {
  findingsReportRows,
  findingsReportTable,
  REPORT_CELL_COLUMN,
} from "../../core/report/findingsReport";
import type { Finding } from "../../core/types";
import type { CsvFile, WorkbookOps } from "../ports";
import { useI18n } from "../i18n/I18nContext";
import { reportTexts } from "../review/reportTexts";
import { csvFile, downloadCsvFiles } from "../save/download";
import type { Session } from "./useSession";

export interface FindingsReportFlow {
  toSheet(findings: readonly Finding[]): Promise<void>;
  toCsv(findings: readonly Finding[]): void;
  /** The last CSV report, offered as text to copy (and again for download where possible). */
  file: CsvFile | null;
  canDownload: boolean;
  download(file: CsvFile): void;
  /** Announces an outcome (a copy) where the user is looking. */
  announce(message: string): void;
}

export function useFindingsReport(
  ops: WorkbookOps,
  { run, announce }: Session,
  canDownload: boolean,
  download: (files: CsvFile[]) => void = downloadCsvFiles,
): FindingsReportFlow {
  const i18n = useI18n();
  const { t, tp } = i18n;
  const [file, setFile] = React.useState<CsvFile | null>(null);

  const toSheet = React.useCallback(
    async (findings: readonly Finding[]) => {
      const rows = findingsReportRows(findings, reportTexts(i18n));
      const written = await run("report", () =>
        ops.writeFindingsReport({ sheetName: t("reportSheetName"), rows, linkColumn: REPORT_CELL_COLUMN }),
      );
      if (written) announce(tp("reportWritten", written.findings, { sheet: written.sheetName }));
    },
    [ops, run, announce, i18n, t, tp],
  );

  const downloadOne = React.useCallback(
    (report: CsvFile) => {
      download([report]);
      announce(tp("reportCsvStarted", report.records, { name: report.name }));
    },
    [download, announce, tp],
  );

  const toCsv = React.useCallback(
    (findings: readonly Finding[]) => {
      const report = csvFile(
        `${t("reportFileName")}.csv`,
        writeCsv(findingsReportTable(findings, reportTexts(i18n)), { bom: true }),
        findings.length,
      );
      setFile(report);
      if (canDownload) downloadOne(report);
      else announce(t("reportCsvTextReady"));
    },
    [i18n, t, canDownload, downloadOne, announce],
  );

  return { toSheet, toCsv, file, canDownload, download: downloadOne, announce };
}
