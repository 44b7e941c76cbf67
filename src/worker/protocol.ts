// Messages between the task pane and the engine's Web Worker.
import type { EngineAnswer, EngineJob } from "./jobs";

export interface JobMessage {
  id: number;
  job: EngineJob;
}

export type AnswerMessage =
  | { id: number; ok: true; answer: EngineAnswer<EngineJob> }
  | { id: number; ok: false; error: { name: string; message: string } };

/** What the pane needs of a Worker (tests pass a stand-in that clones messages as a worker does). */
export interface WorkerLike {
  postMessage(message: JobMessage): void;
  terminate(): void;
  onmessage: ((event: { data: AnswerMessage }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** The worker's side: one job in, one answer out (errors as data: they do not clone). */
export function answerJob(
  message: JobMessage,
  run: (job: EngineJob) => EngineAnswer<EngineJob>,
): AnswerMessage {
  try {
    return { id: message.id, ok: true, answer: run(message.job) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: message.id, ok: false, error: { name: e.name, message: e.message } };
  }
}
