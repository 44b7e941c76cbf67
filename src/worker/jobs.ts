// What the rules engine does for the task pane, as notes and jobs of plain data, so that it can
// run in a Web Worker (engine.worker.ts) or in the pane's thread (src/excel/engine.ts) with the same
// result. The engine keeps what would be costly to send back and forth: the chunks of a sheet
// being read (posted as they arrive, made into text here) and the state of the last check that
// "Check as I edit" re-checks. The pane gets only what it shows: the findings and counts.
import { hasAccountSuggestions as hasSuggestions } from "../core/processed/accountMatch";
import { checkTable } from "../core/check";
import { plainTable, sheetTable, type RawChunk } from "../core/cells/sheetText";
import type { DateSystem } from "../core/dates";
import { recheckRows, startLiveCheck, type LiveCheck, type RowChange } from "../core/live/recheck";
import { tableToCsvFiles } from "../core/save/csvFiles";
import { uploadTable } from "../core/save/uploadTable";
import type { CheckOptions, CheckResult, Table } from "../core/types";

/** One-way messages, never answered: a read's chunk as it arrives, or a read given up. */
export type EngineNote = { kind: "chunk"; read: number; chunk: RawChunk } | { kind: "discard"; read: number };

/** A sheet whose records were sent as chunks of `read`; the job that names it uses them up. */
export interface ReadSheet {
  read: number;
  header: string[];
  dateSystem: DateSystem;
}

export type EngineJob =
  /**
   * Check sheet: the result; with `keep` the engine keeps the state live re-checks need.
   * `original`: the read of the file as opened (options.original), cells as they were written.
   */
  | { kind: "check"; sheet: ReadSheet; original?: number; options: CheckOptions; keep: boolean }
  /** Save as CSV: the sheet checked, its notices' fixes applied, written as file(s). */
  | {
      kind: "upload";
      sheet: ReadSheet;
      options: CheckOptions;
      sheetName: string;
      split: boolean;
      bom: boolean;
    }
  /** Check as I edit: rows changed since the kept check `live` (a check's read id). */
  | { kind: "recheck"; live: number; changes: RowChange[] };

export interface CheckAnswer {
  result: CheckResult;
  /** A processed file with Final account match suggestions for some record. */
  accountSuggestions: boolean;
  /** The id live re-checks name (the read's), when kept. */
  live: number | null;
}

export interface RecheckAnswer {
  result: CheckResult;
  /** Table rows whose findings may have changed; null after a whole check. */
  changedRows: readonly number[] | null;
  accountSuggestions: boolean;
}

export type EngineAnswer<J extends EngineJob> = J extends { kind: "check" }
  ? CheckAnswer
  : J extends { kind: "upload" }
    ? { files: SavedFile[] }
    : RecheckAnswer;

/** A saved file as the pane gets it: a Blob is a handle, where its text would be copied. */
export interface SavedFile {
  name: string;
  records: number;
  blob: Blob;
}

/** The download's type (as the task pane's own CSV files). */
const CSV_TYPE = "text/csv;charset=utf-8";

/** A re-check of a check the engine no longer has (a new worker after Cancel): check the sheet again. */
export const LIVE_STATE_LOST = "LiveStateLost";

/** The engine's memory: reads in progress and the one kept check. */
export class EngineState {
  private readonly reads = new Map<number, RawChunk[]>();
  private live: { id: number; check: LiveCheck } | null = null;

  note(note: EngineNote): void {
    if (note.kind === "discard") return void this.reads.delete(note.read);
    const chunks = this.reads.get(note.read);
    if (chunks) chunks.push(note.chunk);
    else this.reads.set(note.read, [note.chunk]);
  }

  run<J extends EngineJob>(job: J): EngineAnswer<J> {
    return this.answer(job) as EngineAnswer<J>;
  }

  private answer(job: EngineJob): EngineAnswer<EngineJob> {
    if (job.kind === "recheck") {
      if (this.live?.id !== job.live)
        throw Object.assign(new Error("The checked sheet's state is gone"), { name: LIVE_STATE_LOST });
      const check = recheckRows(this.live.check, job.changes);
      this.live = { id: job.live, check };
      return {
        result: check.result,
        changedRows: check.changedRows,
        accountSuggestions: hasSuggestions(check.table),
      };
    }
    const table = this.table(job.sheet);
    if (job.kind === "upload") {
      const upload = uploadTable(table, checkTable(table, job.options).findings);
      const { sheetName, split, bom } = job;
      const files = upload.ok ? tableToCsvFiles(sheetName, upload.table, { split, bom }) : [];
      return {
        files: files.map(({ name, records, text }) => ({
          name,
          records,
          blob: new Blob([text], { type: CSV_TYPE }),
        })),
      };
    }
    const accountSuggestions = hasSuggestions(table);
    const options =
      job.original === undefined
        ? job.options
        : { ...job.options, original: plainTable(this.chunks(job.original)) };
    if (!job.keep) return { result: checkTable(table, options), accountSuggestions, live: null };
    // Only the last check is kept: the pane re-checks one sheet at a time.
    const check = startLiveCheck(table, options);
    this.live = { id: job.sheet.read, check };
    return { result: check.result, accountSuggestions, live: job.sheet.read };
  }

  /** The read's text table; its chunks are used up. */
  private table(sheet: ReadSheet): Table {
    return sheetTable(sheet.header, this.chunks(sheet.read), sheet.dateSystem);
  }

  private chunks(read: number): RawChunk[] {
    const chunks = this.reads.get(read) ?? [];
    this.reads.delete(read);
    return chunks;
  }
}
