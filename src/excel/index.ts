// The task pane's window on the workbook: every Office.js call of the add-in lives behind this.
import type { DateSystem } from "../core/dates";
import type { WorkbookListener, WorkbookOps } from "../taskpane/ports";
import { checkSheet } from "./check";
import { clearHighlights } from "./clearHighlights";
import { buildCsv } from "./csv";
import { applyDropdowns } from "./dropdowns";
import { applyAccountMatchDropdowns } from "./accountDropdowns";
import { applyFixes } from "./fixes";
import { undoLast } from "./undo";
import { keepFailedRows } from "./keepFailedRows";
import { writeFindingsReport } from "./findingsReport";
import { selectCell } from "./selectCell";
import { SnapshotStore } from "./snapshotStore";
import { insertTemplate } from "./template";
import { checkActiveHeader } from "./headerCheck";
import { openCsv } from "./openCsv";
import { refreshMarks } from "./marks";
import { throwIfCancelled } from "./cancel";
import { logUnexpected } from "../taskpane/errorLog";
import { readHostFacts } from "./hostFacts";
import { runSelfTest } from "./selfTest";
import { LiveSession } from "./liveCheck";
import { Serial } from "./serial";
import { followWorkbook } from "./follow";
import type { MarkModel } from "./markModel";
import { directEngine, type Engine } from "./engine";

export { inThreadEngine, workerEngine, type Engine, type WorkerLike } from "./engine";

export interface ExcelOpsOptions {
  /** How long changes are collected before a live re-check (ms). */
  liveDelayMs?: number;
  /** Where the rules run: the task pane passes a Web Worker's (engine.ts); default this thread, at once. */
  engine?: Engine;
}

/** The Office.js operations, plus what tests of live re-checking need to wait for. */
export interface ExcelOps extends WorkbookOps {
  follow(listener: WorkbookListener): Promise<() => void>;
  setLiveCheck(on: boolean): void;
  /** Resolves when the live session has handled every change seen so far. */
  liveSettled(): Promise<void>;
  /** The live session's last update: re-checked rows, or a whole check and why. */
  lastLiveUpdate(): LiveSession["lastUpdate"];
}

export function createWorkbookOps(options: ExcelOpsOptions = {}): ExcelOps {
  const store = new SnapshotStore();
  const engine = options.engine ?? directEngine();
  // The sheet the last check read: fixes and "go to cell" refer to its addresses.
  let checked: { sheetName: string; dateSystem: DateSystem } | null = null;
  // The pane's operations and the live re-checks take turns (serial.ts).
  const serial = new Serial();
  const exclusive =
    <A extends unknown[], T>(work: (...args: A) => Promise<T>) =>
    (...args: A) =>
      serial.run(() => work(...args));
  let listener: WorkbookListener | null = null;
  let liveOn = true;
  let session: LiveSession | null = null;

  const startSession = (start: Parameters<typeof makeSession>[0]) => {
    const previous = session;
    previous?.stop();
    session = makeSession(start);
    // Changes the check may not have seen are handled again (re-reading a row is harmless).
    if (previous && previous.sheetId === session.sheetId)
      for (const change of previous.takePending())
        session.changed({ ...change, worksheetId: session.sheetId });
  };
  const makeSession = (start: ConstructorParameters<typeof LiveSession>[0]) =>
    new LiveSession(start, {
      serial,
      delayMs: options.liveDelayMs ?? 300,
      engine,
      onUpdate: (outcome) => {
        checked = { sheetName: outcome.sheet.sheetName, dateSystem: outcome.sheet.dateSystem };
        listener?.rechecked(outcome);
      },
      onError: (error) => logUnexpected(error, "liveCheck"),
    });

  return {
    hostFacts: readHostFacts,
    selfTest: runSelfTest,
    openCsv,
    insertTemplate,
    applyDropdowns,
    applyAccountDropdowns: exclusive(applyAccountMatchDropdowns),
    checkHeader: checkActiveHeader,
    check: exclusive(async (options, control = {}) => {
      const highlight = options.highlight !== false;
      const start = await checkSheet(null, options, control, highlight, engine);
      const outcome = start.outcome;
      // Last chance to cancel before the workbook changes.
      throwIfCancelled(control.signal);
      checked = { sheetName: outcome.sheet.sheetName, dateSystem: outcome.sheet.dateSystem };
      if (!highlight) return outcome;
      let marks: MarkModel | null = null;
      let result = outcome;
      try {
        marks = (await refreshMarks(outcome.sheet.sheetName, outcome.result.findings)).model;
      } catch (error) {
        logUnexpected(error, "refreshMarks");
        result = { ...outcome, highlightsFailed: true };
      }
      if (start.live) {
        startSession({
          sheetId: start.sheetId,
          outcome,
          live: start.live,
          marks,
          dateOrder: options.dateOrder,
        });
        // Kept while "Check as I edit" is off: turning it on checks the sheet again from here.
        if (!liveOn) session?.stop();
      }
      return result;
    }),
    clearHighlights: exclusive(async () => {
      // Cleared marks are not the session's to update any more.
      session?.stop();
      session = null;
      const { removed, failedSheets, error } = await clearHighlights();
      if (error !== undefined) logUnexpected(error, "clearHighlights");
      return { removed, failedSheets };
    }),
    applyFixes: exclusive((findings) =>
      applyFixes(findings, checked?.sheetName ?? null, checked?.dateSystem ?? 1900, store),
    ),
    restore: exclusive(() => undoLast(store)),
    canRestore: () => store.depth > 0,
    selectCell: (finding) => selectCell(finding, checked?.sheetName ?? null),
    buildCsv: exclusive((options) => buildCsv(options, engine)),
    writeFindingsReport: exclusive(async (request) => {
      const { sheetName, findings } = await writeFindingsReport(request, checked?.sheetName ?? null);
      return { sheetName, findings };
    }),
    keepFailedRows: exclusive(async () => {
      const { sheetName, undo, ...outcome } = await keepFailedRows();
      // Rows moved: earlier fixes' addresses on that sheet point at other cells now.
      store.invalidate(sheetName);
      if (undo) store.push(undo);
      return outcome;
    }),
    async follow(next) {
      listener = next;
      const stop = await followWorkbook({
        activated: () => listener?.sheetChanged(),
        changed: (change) => {
          session?.changed(change);
          listener?.sheetChanged();
        },
      });
      return () => {
        if (listener === next) listener = null;
        void stop?.().catch(() => undefined);
      };
    },
    setLiveCheck(on) {
      const was = liveOn;
      liveOn = on;
      if (!on) session?.stop();
      // Edits made while it was off were not seen: one whole check of the checked sheet.
      if (on && !was && session) {
        const s = session;
        s.resume();
        void s.recheckWhole();
      }
    },
    liveSettled: () => session?.settled() ?? Promise.resolve(),
    lastLiveUpdate: () => session?.lastUpdate ?? null,
  };
}
