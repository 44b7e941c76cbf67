// A fake workbook for task pane tests: records every call, returns scripted results, and can hold
// a check open so a test can report progress or cancel it.
import type { Finding, Severity } from "../../core/types";
import { csvFile } from "../save/download";
import type {
  CheckOutcome,
  CsvFile,
  HeaderCheck,
  HostFacts,
  OpenCsvOutcome,
  RestoreOutcome,
  RunControl,
  SelfTestStep,
  WorkbookOps,
} from "../ports";

/** The facts a fake Excel 2021 on Windows reports. */
export const FAKE_HOST_FACTS: HostFacts = {
  host: "Excel",
  platform: "PC",
  version: "16.0.14326.20000",
  displayLanguage: "en-US",
  requirementSets: Array.from({ length: 20 }, (_, i) => ({ version: `1.${i + 1}`, supported: i < 14 })),
  culture: { name: "en-US", decimalSeparator: ".", thousandsSeparator: ",", shortDatePattern: "M/d/yyyy" },
};

export interface FakeCall {
  name: keyof WorkbookOps;
  args: unknown[];
}

export interface FakeOpsScript {
  /** Results of successive check() calls; the last one repeats. */
  outcomes?: CheckOutcome[];
  files?: CsvFile[];
  /** What openCsv() answers; default: opened into a sheet named after the file. */
  opened?: OpenCsvOutcome;
  keepFailed?: { kept: number; moved: number; movedTo: string };
  accountDropdowns?: { sheetName: string; rows: number; lists: number };
  cleared?: { removed: number; failedSheets: string[] };
  /** What each restore() answers; default: 2 cells undone, none changed since. */
  restored?: RestoreOutcome;
  /** What checkHeader() reports; default: a sheet with a clean template header. */
  header?: HeaderCheck;
  /** Errors to throw, per operation (thrown on every call until removed). */
  failures?: Partial<Record<keyof WorkbookOps, unknown>>;
  /** What selfTest() reports; default: every step passed. */
  selfTest?: SelfTestStep[];
  /** When true, check() stays pending until finishCheck() or the signal aborts. */
  holdCheck?: boolean;
  /** When true, openCsv() stays pending until finishOpen() or the signal aborts. */
  holdOpen?: boolean;
}

export interface FakeOps extends WorkbookOps {
  calls: FakeCall[];
  script: FakeOpsScript;
  callsOf(name: keyof WorkbookOps): unknown[][];
  /** Reports progress of the held check. */
  reportProgress(done: number, total: number): void;
  /** Resolves the held check. */
  finishCheck(): void;
  /** Resolves the held openCsv(). */
  finishOpen(): void;
}

/** Builds an OfficeExtension-like error. */
export function hostError(code: string, message = `${code} happened`): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

let findingCounter = 0;

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  findingCounter += 1;
  const row = overrides.row === undefined ? 2 : overrides.row;
  return {
    code: "required-missing",
    severity: "error",
    row,
    column: "Deal Name",
    cell: row === null ? null : `D${row}`,
    at: row === null ? null : { row: row - 1, col: 3 },
    value: "",
    params: { column: "Deal Name" },
    message: `Required field Deal Name missing (#${findingCounter})`,
    fix: null,
    ...overrides,
  };
}

export function makeOutcome(
  findings: Finding[],
  shape: { records?: number; createRows?: number; updateRows?: number; sheetName?: string } = {},
): CheckOutcome {
  const summary: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) summary[finding.severity] += 1;
  const records = shape.records ?? 3;
  return {
    sheet: {
      sheetName: shape.sheetName ?? "Deals",
      accountSuggestions: false,
      origin: { row: 0, col: 0 },
      dateSystem: 1900,
    },
    result: {
      records,
      createRows: shape.createRows ?? records,
      updateRows: shape.updateRows ?? 0,
      summary,
      findings,
    },
  };
}

function cancelledError(): Error & { code: string } {
  return Object.assign(new Error("The operation was cancelled."), {
    name: "CancelledError",
    code: "CancelledError",
  });
}

export function createFakeOps(script: FakeOpsScript = {}): FakeOps {
  const calls: FakeCall[] = [];
  let checksDone = 0;
  let undoLevels = 0;
  let held: { control?: RunControl; resolve: () => void } | null = null;
  let heldOpen: { control?: RunControl; resolve: () => void } | null = null;

  const record = (name: keyof WorkbookOps, args: unknown[]) => {
    calls.push({ name, args });
    const failure = script.failures?.[name];
    if (failure !== undefined) throw failure;
  };

  const nextOutcome = () => {
    const outcomes = script.outcomes ?? [makeOutcome([])];
    const outcome = outcomes[Math.min(checksDone, outcomes.length - 1)];
    checksDone += 1;
    return outcome;
  };

  const ops: FakeOps = {
    calls,
    script,
    callsOf: (name) => calls.filter((call) => call.name === name).map((call) => call.args),
    reportProgress: (done, total) => (held ?? heldOpen)?.control?.onProgress?.({ done, total }),
    finishCheck: () => held?.resolve(),
    finishOpen: () => heldOpen?.resolve(),

    async hostFacts() {
      record("hostFacts", []);
      return FAKE_HOST_FACTS;
    },
    async selfTest() {
      record("selfTest", []);
      return (
        script.selfTest ??
        (["addSheet", "writeText", "dropdown", "conditionalFormat", "comment", "deleteSheet"] as const).map(
          (step) => ({ step, outcome: "passed" as const }),
        )
      );
    },
    async openCsv(file, control) {
      record("openCsv", [file, control]);
      const answer = (): OpenCsvOutcome =>
        script.opened ?? {
          ok: true,
          sheetName: file.name.replace(/\.csv$/i, ""),
          originalSheetName: `CoSell original - ${file.name.replace(/\.csv$/i, "")}`,
          records: 3,
          columns: 57,
          encoding: "UTF-8",
          delimiter: ",",
          fileFindings: [],
          headerStyled: true,
        };
      if (!script.holdOpen) return answer();
      return new Promise<OpenCsvOutcome>((resolve, reject) => {
        control?.signal?.addEventListener("abort", () => reject(cancelledError()));
        heldOpen = { control, resolve: () => resolve(answer()) };
      });
    },
    async insertTemplate(options) {
      record("insertTemplate", [options]);
      return { sheetName: "Co-sell template" };
    },
    async applyDropdowns() {
      record("applyDropdowns", []);
      return { columns: 12 };
    },
    async applyAccountDropdowns() {
      record("applyAccountDropdowns", []);
      return script.accountDropdowns ?? { sheetName: "Deals", rows: 3, lists: 2 };
    },
    async checkHeader() {
      record("checkHeader", []);
      return script.header ?? { sheetName: "Deals", empty: false, columns: 57, findings: [] };
    },
    async check(options, control) {
      record("check", [options, control]);
      if (!script.holdCheck) return nextOutcome();
      return new Promise<CheckOutcome>((resolve, reject) => {
        const signal = control?.signal;
        signal?.addEventListener("abort", () => reject(cancelledError()));
        held = { control, resolve: () => resolve(nextOutcome()) };
      });
    },
    async clearHighlights() {
      record("clearHighlights", []);
      return script.cleared ?? { removed: 3, failedSheets: [] };
    },
    async applyFixes(findings) {
      record("applyFixes", [findings]);
      undoLevels += 1;
      return { changed: findings.length };
    },
    async restore() {
      record("restore", []);
      undoLevels = Math.max(0, undoLevels - 1);
      return script.restored ?? { restored: 2, changedSince: [] };
    },
    canRestore() {
      return undoLevels > 0;
    },
    async selectCell(finding) {
      record("selectCell", [finding]);
    },
    async buildCsv(options) {
      record("buildCsv", [options]);
      return script.files ?? [csvFile("co-sell.csv", "\uFEFFDeal Name\r\nAlpha\r\n", 1)];
    },
    async writeFindingsReport(request) {
      record("writeFindingsReport", [request]);
      return { sheetName: request.sheetName, findings: request.rows.length - 1 };
    },
    async keepFailedRows() {
      record("keepFailedRows", []);
      const outcome = script.keepFailed ?? { kept: 2, moved: 5, movedTo: "Accepted rows" };
      if (outcome.moved > 0) undoLevels += 1;
      return outcome;
    },
  };
  return ops;
}
