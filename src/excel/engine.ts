// Where the rules engine runs for the task pane: in a Web Worker (workerEngine), so that checking
// and writing 5,000 records never freezes the pane, or in the pane's thread where workers are
// unavailable (inThreadEngine, which lets the page paint and take a Cancel click before and after
// the work). Both keep the same state and run the same jobs (src/worker/jobs.ts), with the same
// answers. A read's chunks go to the engine as they arrive (notes), so that no single moment of the
// pane's thread copies the whole sheet.
import { EngineState, type EngineAnswer, type EngineJob, type EngineNote } from "../worker/jobs";
import type { WorkerLike } from "../worker/protocol";
import type { RawChunk } from "../core/cells/sheetText";
import { cancelledError, throwIfCancelled } from "./cancel";

export type { WorkerLike };

export interface Engine {
  /** Rejects with a CancelledError once `signal` aborts. */
  run<J extends EngineJob>(job: J, signal?: AbortSignal): Promise<EngineAnswer<J>>;
  /** Hands a read's chunk (or its discarding) to the engine at once; never answered. */
  note(note: EngineNote): void;
}

let lastRead = 0;
/** A new read's id (unique in this pane, across worker restarts). */
export const newReadId = (): number => ++lastRead;

/** The jobs run at once in this thread (tests, the CLI's way): no yielding. */
export function directEngine(): Engine {
  const state = new EngineState();
  return {
    run: async (job, signal) => {
      throwIfCancelled(signal);
      return state.run(job);
    },
    note: (note) => state.note(note),
  };
}

/** A task boundary: the page paints and handles queued input (a Cancel click) before going on. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Cells per note: copying 100,000 cells to a worker blocked the pane for 50–110 ms at once. */
const NOTE_CELLS = 20_000;

/** Hands a read's chunk to the engine in slices, letting the page paint and take a click between them. */
export async function noteChunk(engine: Engine, read: number, chunk: RawChunk): Promise<void> {
  const width = Math.max(1, chunk.values[0]?.length ?? 1);
  const rows = Math.max(1, Math.floor(NOTE_CELLS / width));
  for (let start = 0; start < chunk.values.length; start += rows) {
    if (start > 0) await yieldToPage();
    const values = chunk.values.slice(start, start + rows);
    const formats = chunk.formats.slice(start, start + rows);
    engine.note({ kind: "chunk", read, chunk: { values, formats } });
  }
}

/** The fallback where there is no worker: in this thread, with a paint and a Cancel chance on each side. */
export function inThreadEngine(): Engine {
  const state = new EngineState();
  return {
    async run(job, signal) {
      await yieldToPage();
      throwIfCancelled(signal);
      const answer = state.run(job);
      await yieldToPage();
      throwIfCancelled(signal);
      return answer;
    },
    note: (note) => state.note(note),
  };
}

interface Pending {
  job: EngineJob;
  signal: AbortSignal | undefined;
  resolve(answer: EngineAnswer<EngineJob>): void;
  reject(error: unknown): void;
}

/** The reads a job uses up. */
const readsOf = (job: EngineJob): number[] =>
  job.kind === "recheck"
    ? []
    : [job.sheet.read, ...(job.kind === "check" && job.original ? [job.original] : [])];

/**
 * One worker, started on the first note or job. Cancel terminates it at once (the job stops
 * mid-way and nothing comes back; the check kept for live re-checks is gone with it, which they
 * answer by checking the sheet again); the next note or job starts a fresh one. A worker that
 * cannot start or crashes (a blocked script, no Worker at all) hands its reads, its jobs and every
 * later one to `fallback`. The chunks of reads no job has used yet are kept by reference (the pane
 * had them anyway) to hand them over again.
 */
export function workerEngine(spawn: () => WorkerLike, fallback: Engine = inThreadEngine()): Engine {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const reads = new Map<number, EngineNote[]>();

  const stop = (w: WorkerLike) => {
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
    if (worker === w) worker = null;
  };

  const toFallback = () => {
    for (const notes of reads.values()) for (const note of notes) fallback.note(note);
    reads.clear();
    const jobs = [...pending.values()];
    pending.clear();
    for (const p of jobs) fallback.run(p.job, p.signal).then(p.resolve, p.reject);
  };

  const giveUp = (w: WorkerLike) => {
    broken = true;
    stop(w);
    toFallback();
  };

  const start = (): WorkerLike => {
    const w = spawn();
    w.onmessage = (event) => {
      const message = event.data;
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      for (const read of readsOf(p.job)) reads.delete(read);
      if (message.ok) p.resolve(message.answer);
      else p.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    };
    w.onerror = () => giveUp(w);
    // Reads begun before a restart (none but after a Cancel's) continue in the new worker.
    for (const notes of reads.values()) for (const note of notes) w.postMessage({ note });
    return w;
  };

  /** The running worker, started if needed; null once workers cannot run here. */
  const current = (): WorkerLike | null => {
    if (broken) return null;
    try {
      return worker ?? (worker = start());
    } catch {
      broken = true;
      toFallback();
      return null;
    }
  };

  return {
    note(note) {
      if (note.kind === "discard") {
        reads.delete(note.read);
        // A stopped worker took its reads with it: nothing to start a new one for.
        if (!broken && worker === null) return;
      }
      // First: a worker starting now is handed the reads so far, not this note twice.
      const w = current();
      if (!w) return fallback.note(note);
      if (note.kind === "chunk") {
        const notes = reads.get(note.read);
        if (notes) notes.push(note);
        else reads.set(note.read, [note]);
      }
      w.postMessage({ note });
    },

    run<J extends EngineJob>(job: J, signal?: AbortSignal): Promise<EngineAnswer<J>> {
      if (broken) return fallback.run(job, signal);
      if (signal?.aborted) return Promise.reject(cancelledError());
      const w = current();
      if (!w) return fallback.run(job, signal);
      const id = nextId++;
      return new Promise<EngineAnswer<J>>((resolve, reject) => {
        const onAbort = () => {
          if (!pending.delete(id)) return;
          for (const read of readsOf(job)) reads.delete(read);
          // Jobs of one worker are the pane's serial operations: stopping it stops only this one.
          stop(w);
          for (const p of [...pending.values()]) {
            for (const other of readsOf(p.job)) {
              for (const note of reads.get(other) ?? []) fallback.note(note);
              reads.delete(other);
            }
            fallback.run(p.job, p.signal).then(p.resolve, p.reject);
          }
          pending.clear();
          reject(cancelledError());
        };
        const settle = () => signal?.removeEventListener("abort", onAbort);
        pending.set(id, {
          job,
          signal,
          resolve: (answer) => {
            settle();
            resolve(answer as EngineAnswer<J>);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        });
        signal?.addEventListener("abort", onAbort, { once: true });
        w.postMessage({ id, job });
      });
    },
  };
}
