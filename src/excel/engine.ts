// Where the rules engine runs for the task pane: in a Web Worker (workerEngine), so that checking
// and writing 5,000 records never freezes the pane, or in the pane's thread where workers are
// unavailable (inThreadEngine, which lets the page paint and take a Cancel click before and after
// the work). Both run the same jobs (src/worker/jobs.ts) and give the same answers.
import { runJob, type EngineAnswer, type EngineJob } from "../worker/jobs";
import type { WorkerLike } from "../worker/protocol";

export type { WorkerLike };
import { cancelledError, throwIfCancelled } from "./cancel";

export interface Engine {
  /** Rejects with a CancelledError once `signal` aborts. */
  run<J extends EngineJob>(job: J, signal?: AbortSignal): Promise<EngineAnswer<J>>;
}

/** The jobs run at once in this thread (tests, the CLI's way): no yielding. */
export const directEngine: Engine = {
  run: async (job, signal) => {
    throwIfCancelled(signal);
    return runJob(job);
  },
};

/** A task boundary: the page paints and handles queued input (a Cancel click) before going on. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The fallback where there is no worker: in this thread, with a paint and a Cancel chance on each side. */
export function inThreadEngine(): Engine {
  return {
    async run(job, signal) {
      await yieldToPage();
      throwIfCancelled(signal);
      const answer = runJob(job);
      await yieldToPage();
      throwIfCancelled(signal);
      return answer;
    },
  };
}

interface Pending {
  job: EngineJob;
  signal: AbortSignal | undefined;
  resolve(answer: EngineAnswer<EngineJob>): void;
  reject(error: unknown): void;
}

/**
 * One worker, started on the first job. Cancel terminates it at once (the job stops mid-way and
 * nothing comes back); the next job starts a fresh one. A worker that cannot start or crashes
 * (a blocked script, no Worker at all) hands its jobs, and every later one, to `fallback`.
 */
export function workerEngine(spawn: () => WorkerLike, fallback: Engine = inThreadEngine()): Engine {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (w: WorkerLike) => {
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
    if (worker === w) worker = null;
  };

  const giveUp = (w: WorkerLike) => {
    broken = true;
    stop(w);
    const jobs = [...pending.values()];
    pending.clear();
    for (const p of jobs) fallback.run(p.job, p.signal).then(p.resolve, p.reject);
  };

  const start = (): WorkerLike => {
    const w = spawn();
    w.onmessage = (event) => {
      const message = event.data;
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (message.ok) p.resolve(message.answer);
      else p.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    };
    w.onerror = () => giveUp(w);
    return w;
  };

  return {
    run<J extends EngineJob>(job: J, signal?: AbortSignal): Promise<EngineAnswer<J>> {
      if (broken) return fallback.run(job, signal);
      if (signal?.aborted) return Promise.reject(cancelledError());
      let w: WorkerLike;
      try {
        w = worker ?? (worker = start());
      } catch {
        broken = true;
        return fallback.run(job, signal);
      }
      const id = nextId++;
      return new Promise<EngineAnswer<J>>((resolve, reject) => {
        const onAbort = () => {
          if (!pending.delete(id)) return;
          // Jobs of one worker are the pane's serial operations: stopping it stops only this one.
          stop(w);
          for (const [other, p] of pending) {
            pending.delete(other);
            fallback.run(p.job, p.signal).then(p.resolve, p.reject);
          }
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
