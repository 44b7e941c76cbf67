// Re-checks the checked sheet as the user edits it (Worksheet onChanged, ExcelApi 1.7). Changes are
// collected for a moment (debounced), then only the changed rows are read, in one request with
// what the marks need, and re-checked by the engine against the check it kept (the core's
// incremental check); the marks of the cells whose findings changed are rewritten in a second
// request. An engine that lost its kept check (a new worker after a Cancel) means a whole check. A change the rows cannot describe
// (rows or cells inserted or deleted, the header, cells beside the table) is a whole check.
import type { RowChange } from "../core/live/recheck";
import type { DateOrder, Finding, Severity } from "../core/types";
import type { CheckOutcome } from "../taskpane/ports";
import { parseCell, type CellRef } from "./address";
import { cellText } from "../core/cells/cellText";
import { checkSheet, type LiveRef } from "./check";
import { MAX_CELLS_PER_REQUEST } from "./chunking";
import { mapChanges, type ChangeLike } from "./changeMap";
import { dateColumns } from "./columns";
import { cellsBySeverity, loadFormatTypes } from "./highlight";
import { agreesAt, queueMarkUpdate, type MarkModel } from "./markModel";
import { findMarksAfterTypes, queueReplaceMarks, refreshMarks } from "./marks";
import type { Serial } from "./serial";
import { directEngine, type Engine } from "./engine";
import { LIVE_STATE_LOST } from "../worker/jobs";

export interface LiveSessionStart {
  sheetId: string;
  outcome: CheckOutcome;
  live: LiveRef;
  /** What the check's marks are, rule by rule; null when they could not be written. */
  marks: MarkModel | null;
  dateOrder: DateOrder;
}

export interface LiveSessionHooks {
  onUpdate(outcome: CheckOutcome): void;
  onError(error: unknown): void;
  serial: Serial;
  delayMs: number;
  /** Where the rules run and the kept check is (default this thread). */
  engine?: Engine;
}

/** What one update cost, for tests and diagnostics. */
export interface LiveUpdateReport {
  kind: "rows" | "whole";
  rows: number;
  why?: string;
}

export class LiveSession {
  readonly sheetId: string;
  private state: LiveSessionStart;
  private pending: ChangeLike[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly engine: Engine;
  lastUpdate: LiveUpdateReport | null = null;

  constructor(
    start: LiveSessionStart,
    private readonly hooks: LiveSessionHooks,
  ) {
    this.sheetId = start.sheetId;
    this.state = start;
    this.engine = hooks.engine ?? directEngine();
  }

  /** A change on the workbook; only the checked sheet's matter. */
  changed(change: ChangeLike & { worksheetId: string }): void {
    if (this.stopped || change.worksheetId !== this.sheetId) return;
    this.pending.push({ changeType: change.changeType, address: change.address });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.work = this.work.then(() => this.flush());
    }, this.hooks.delayMs);
  }

  /** Changes not handled yet (a new session of the same sheet takes them over). */
  takePending(): ChangeLike[] {
    return this.pending.splice(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  resume(): void {
    this.stopped = false;
  }

  /** Resolves when every change seen so far has been handled. */
  async settled(): Promise<void> {
    while (this.timer !== null || this.pending.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, this.hooks.delayMs)));
      await this.work;
    }
    await this.work;
  }

  /** A whole check now (the toggle was turned back on: edits may have been missed). */
  recheckWhole(): Promise<void> {
    this.work = this.work.then(() => this.hooks.serial.run(() => this.whole("asked")));
    return this.work;
  }

  private async flush(): Promise<void> {
    if (this.stopped || this.pending.length === 0) return;
    const changes = this.pending.splice(0);
    try {
      await this.hooks.serial.run(async () => {
        if (this.stopped) return;
        const { outcome, live } = this.state;
        const width = live.header.length;
        const mapped = mapChanges(changes, { origin: outcome.sheet.origin, width });
        if (mapped.kind === "whole") return this.whole(mapped.why);
        if (mapped.rows.length * width > MAX_CELLS_PER_REQUEST) return this.whole("too many rows");
        const single = mapped.cells === 1 && changes.length === 1 ? parseCell(changes[0].address) : null;
        return this.rows(mapped.rows, single);
      });
    } catch (error) {
      this.hooks.onError(error);
    }
  }

  private async whole(why: string): Promise<void> {
    const { dateOrder } = this.state;
    const start = await checkSheet(this.sheetId, { dateOrder }, {}, true, this.engine);
    if (this.stopped || !start.live) return;
    let marks: MarkModel | null = null;
    try {
      marks = (await refreshMarks(this.sheetId, start.outcome.result.findings)).model;
    } catch (error) {
      this.hooks.onError(error);
    }
    this.state = { ...this.state, outcome: start.outcome, live: start.live, marks };
    this.lastUpdate = { kind: "whole", rows: start.outcome.result.records, why };
    this.hooks.onUpdate(start.outcome);
  }

  /** Requests: 1 (the rows, and the rules the marks need to know about), 1 for the marks (2 more after a paste). */
  private async rows(rows: number[], single: CellRef | null): Promise<void> {
    const { outcome, live } = this.state;
    const origin = outcome.sheet.origin;
    const header = live.header;
    const width = header.length;
    const isDate = new Set(dateColumns(header));
    const next = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(this.sheetId);
      const reads = runsOf(rows).map(({ start, count }) => {
        const range = sheet.getRangeByIndexes(origin.row + start, origin.col, count, width);
        range.load("values,numberFormat");
        return { start, range };
      });
      const model = this.state.marks;
      // One typed cell: the rules over that cell tell whether the model still holds; otherwise
      // (a paste may bring rules along) every rule is looked up and the marks replaced.
      const cellRules =
        single && model
          ? sheet
              .getRangeByIndexes(single.row, single.col, 1, 1)
              .conditionalFormats.load("items/id,items/type")
          : null;
      const sheetRules = cellRules ? null : loadFormatTypes(sheet);
      await context.sync();

      const changes: RowChange[] = [];
      for (const { start, range } of reads) {
        const formats: unknown[][] = range.numberFormat;
        range.values.forEach((values, i) => {
          const cells = values.map((v, c) =>
            cellText(v, isDate.has(c), outcome.sheet.dateSystem, formats[i]?.[c]),
          );
          changes.push({ row: start + i, cells });
        });
      }
      let updated;
      try {
        updated = await this.engine.run({ kind: "recheck", live: live.id, changes });
      } catch (error) {
        if (error instanceof Error && error.name === LIVE_STATE_LOST) return null;
        throw error;
      }
      if (this.stopped) return updated;
      try {
        const customIds = cellRules
          ? cellRules.items.filter((f) => f.type === Excel.ConditionalFormatType.custom).map((f) => f.id)
          : null;
        if (model && single && customIds && updated.changedRows && agreesAt(model, single, customIds)) {
          const update = queueMarkUpdate(
            sheet,
            model,
            cellsIn(model, updated.result.findings, rowsOf(updated.changedRows, origin.row)),
            wantedIn(updated.result.findings, rowsOf(updated.changedRows, origin.row)),
          );
          if (update.writes > 0) await context.sync();
          this.state.marks = update.done();
        } else {
          const types = sheetRules ?? loadFormatTypes(sheet);
          if (!sheetRules) await context.sync();
          const [found] = await findMarksAfterTypes(context, [types]);
          const replace = queueReplaceMarks(sheet, found, updated.result.findings);
          if (replace.writes > 0) await context.sync();
          this.state.marks = replace.done();
        }
      } catch (error) {
        // Marks are best effort (a protected sheet): the findings still follow the sheet.
        this.state.marks = null;
        this.hooks.onError(error);
      }
      return updated;
    });
    if (this.stopped) return;
    if (next === null) return this.whole("engine restarted");
    const nextOutcome: CheckOutcome = {
      ...outcome,
      sheet: { ...outcome.sheet, accountSuggestions: next.accountSuggestions },
      result: next.result,
    };
    this.state = { ...this.state, outcome: nextOutcome };
    this.lastUpdate = { kind: "rows", rows: rows.length };
    this.hooks.onUpdate(nextOutcome);
  }
}

/** Ascending table rows as runs of consecutive rows. */
function runsOf(rows: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}

/** Sheet rows (zero-based) of table rows. */
function rowsOf(tableRows: readonly number[], originRow: number): Set<number> {
  return new Set(tableRows.map((r) => r + originRow));
}

/** Every cell of those sheet rows that is marked now or has a finding now. */
function cellsIn(model: MarkModel, findings: readonly Finding[], sheetRows: Set<number>): CellRef[] {
  const cells: CellRef[] = [];
  for (const rule of model.rules)
    for (const cell of rule.cells) if (sheetRows.has(cell.row)) cells.push(cell);
  const wanted = cellsBySeverity(findings.filter((f) => f.row !== null && sheetRows.has(f.row - 1)));
  for (const list of Object.values(wanted)) cells.push(...list);
  return cells;
}

/** The mark each cell of those sheet rows should have (its most severe finding). */
function wantedIn(findings: readonly Finding[], sheetRows: Set<number>): Map<string, Severity> {
  const best = cellsBySeverity(findings.filter((f) => f.row !== null && sheetRows.has(f.row - 1)));
  const out = new Map<string, Severity>();
  for (const severity of ["notice", "warning", "error"] as const)
    for (const cell of best[severity]) out.set(`${cell.row},${cell.col}`, severity);
  return out;
}
