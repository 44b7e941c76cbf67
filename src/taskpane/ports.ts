// What the task pane may ask of the workbook. src/excel implements it with Office.js; tests
// implement it with fakes. Components receive it as a prop/context and never call Office.js.
import type { CheckResult, DateOrder, Finding } from "../core/types";

export interface Progress {
  done: number;
  total: number;
}

export interface RunControl {
  onProgress?: (progress: Progress) => void;
  /** Aborts between chunks; the operation then rejects with a CancelledError and leaves the workbook as it was. */
  signal?: AbortSignal;
}

export interface SheetSnapshot {
  sheetName: string;
  /** A processed file with Final account match suggestions for some record (the dropdowns have something to offer). */
  accountSuggestions: boolean;
  /** Sheet position of the header's first cell (zero-based). */
  origin: { row: number; col: number };
  dateSystem: 1900 | 1904;
  /** Rows of the sheet hidden by hand or by a filter (all were checked); absent when none. */
  hiddenRows?: number;
  hiddenColumns?: number;
  /** A filter hides some of the hidden rows. */
  filtered?: boolean;
  /** Dropdown columns whose list is gone from some record cells (a paste replaces it); absent when none. */
  dropdownsMissing?: string[];
}

export interface CheckOutcome {
  sheet: SheetSnapshot;
  result: CheckResult;
  /** The check itself succeeded but its marks could not be written (highlighting is best effort). */
  highlightsFailed?: boolean;
}

export interface CheckRequest {
  dateOrder: DateOrder;
  /** False: read and check only, leave the sheet's marks alone (Save). Default true. */
  highlight?: boolean;
}

export interface ClearHighlightsOutcome {
  removed: number;
  /** Sheets whose marks could not be removed (the others were cleared). */
  failedSheets: string[];
}

export interface RestoreOutcome {
  restored: number;
  /** Cells changed after the fix (by the user): left as they are. */
  changedSince: string[];
  /** An undone "Keep only failed rows": how many rows came back, from which sheet (now deleted). */
  rowsBack?: { count: number; from: string };
  /** "Keep only failed rows" could not be undone: a sheet changed since. Nothing was touched. */
  notUndone?: { sheet: string; movedTo: string };
}

export interface TemplateOptions {
  solutionColumns: number; // 1..50
  teamMemberColumns: number; // 1..50
}

/** The header row of the active sheet, analysed without reading the records. */
export interface HeaderCheck {
  sheetName: string;
  /** The sheet has no values at all: the template can go here. */
  empty: boolean;
  /** How many header cells are template columns. */
  columns: number;
  findings: Finding[];
}

export interface CsvFile {
  name: string;
  records: number;
  /**
   * The file: UTF-8, with the byte order mark when asked for. Save's files are made in the
   * engine's worker: on 5,000 records a Blob made from the text in the pane, or the text copied
   * from the worker, blocked the pane for a second and more. Its text is read only to be copied.
   */
  blob: Blob;
}

/** A CSV file picked in the task pane: its name and bytes, read as they are. */
export interface CsvFileInput {
  name: string;
  bytes: Uint8Array;
}

export type OpenCsvProblem =
  /** The file cannot be read (empty, a workbook, binary, …): the reader's finding. */
  | { kind: "unreadable"; finding: Finding }
  /** More rows or columns than a sheet holds. */
  | { kind: "too-big"; rows: number; columns: number }
  /** A cell longer than Excel's 32,767 characters would be cut. */
  | { kind: "cell-too-long"; cell: string; length: number };

export type OpenCsvOutcome =
  | {
      ok: true;
      sheetName: string;
      /** The hidden sheet that keeps the file as opened. */
      originalSheetName: string;
      /** Non-blank rows below the header. */
      records: number;
      columns: number;
      encoding: string;
      delimiter: string;
      /** What reading the file found (delimiter, encoding, stray bytes), as file-level findings. */
      fileFindings: Finding[];
      /** False when the header's look (bold, notes) could not be applied; the data is all there. */
      headerStyled: boolean;
    }
  | { ok: false; problem: OpenCsvProblem };

/** The findings report as the pane words it (UI language): a header row, then one row per finding. */
export interface FindingsReportRequest {
  /** The new sheet's name before it is made unique. */
  sheetName: string;
  rows: string[][];
  /** The column holding each finding's cell address ("C5"), linked to that cell of the checked sheet. */
  linkColumn: number;
}

/** What the host says about itself, for Copy diagnostics. */
export interface HostFacts {
  host: string;
  platform: string;
  version: string;
  displayLanguage: string;
  /** ExcelApi 1.1–1.20, each with whether the host supports it. */
  requirementSets: Array<{ version: string; supported: boolean }>;
  /** Application.cultureInfo (ExcelApi 1.11, date pattern 1.12); null where unsupported or unreadable. */
  culture: {
    name: string;
    decimalSeparator: string;
    thousandsSeparator: string;
    shortDatePattern: string | null;
  } | null;
}

export type SelfTestStepName =
  "addSheet" | "writeText" | "dropdown" | "conditionalFormat" | "comment" | "deleteSheet";

/** One operation of the self-test, and how it went. */
export interface SelfTestStep {
  step: SelfTestStepName;
  outcome: "passed" | "failed" | "skipped";
  /** Why it failed or was skipped: for a failure, the Office.js error's code, location and message. */
  detail?: string;
}

/** What the pane hears from the workbook between its own operations. */
export interface WorkbookListener {
  /** Another sheet became active, or cells changed on a sheet: the header status may differ. */
  sheetChanged(): void;
  /** The checked sheet was re-checked after the user's edits ("Check as I edit"). */
  rechecked(outcome: CheckOutcome): void;
}

export interface WorkbookOps {
  /** Host, platform, version, requirement sets, language and culture; reads only. */
  hostFacts(): Promise<HostFacts>;
  /** Runs the add-in's own kinds of operations on a temporary sheet, then deletes it. */
  selfTest(): Promise<SelfTestStep[]>;
  /** Writes a CSV file into a new sheet, every cell as Text; keeps the file on a hidden sheet. */
  openCsv(file: CsvFileInput, control?: RunControl): Promise<OpenCsvOutcome>;
  insertTemplate(options: TemplateOptions): Promise<{ sheetName: string }>;
  applyDropdowns(): Promise<{ columns: number }>;
  /**
   * On a processed file: each record's Final account match gets a dropdown of its own suggestions
   * (rejects with code "NoAccountSuggestions" on a sheet without those columns).
   */
  applyAccountDropdowns(): Promise<{ sheetName: string; rows: number; lists: number }>;
  /** Header findings of the active sheet (old template, typos, duplicates); reads one row. */
  checkHeader(): Promise<HeaderCheck>;
  /**
   * Reads the active sheet and checks it; then, unless `highlight` is false, replaces its marks in a
   * separate best-effort step whose failure only sets `highlightsFailed`.
   */
  check(options: CheckRequest, control?: RunControl): Promise<CheckOutcome>;
  /** Removes the marks of every check on every sheet; the user's own rules stay. */
  clearHighlights(): Promise<ClearHighlightsOutcome>;
  /** Writes the fixes of the given findings in one batch; remembers the previous cells for restore(). */
  applyFixes(findings: Finding[]): Promise<{ changed: number }>;
  /**
   * Undoes the newest batch of fixes not yet undone (several levels deep): values, types and number
   * formats come back, except in cells that no longer hold what the fix wrote.
   */
  restore(): Promise<RestoreOutcome>;
  canRestore(): boolean;
  selectCell(finding: Finding): Promise<void>;
  /** Builds the upload CSV(s) from cell values; never changes the workbook. */
  buildCsv(options: { split: boolean; bom: boolean; dateOrder: DateOrder }): Promise<CsvFile[]>;
  /**
   * Writes the findings report into a new sheet (every cell Text, each address a link to its cell
   * of the checked sheet); never changes any other sheet.
   */
  writeFindingsReport(request: FindingsReportRequest): Promise<{ sheetName: string; findings: number }>;
  /** Moves rows that Partner Center accepted (empty Errors cell) to a new sheet. */
  keepFailedRows(): Promise<{ kept: number; moved: number; movedTo: string }>;
  /**
   * Starts hearing the workbook's events (ExcelApi 1.7; nothing on hosts without them); resolves to
   * the function that stops. Optional: hosts and fakes without events leave it out.
   */
  follow?(listener: WorkbookListener): Promise<() => void>;
  /** "Check as I edit": on, the checked sheet is re-checked after each edit (and once at once when turned back on). */
  setLiveCheck?(on: boolean): void;
}
