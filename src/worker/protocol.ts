// Messages between the task pane and the engine's Web Worker.
import type { EngineAnswer, EngineJob, EngineNote } from "./jobs";

export interface JobMessage {
  id: number;
  job: EngineJob;
}

export interface NoteMessage {
  note: EngineNote;
}

export type WorkerMessage = JobMessage | NoteMessage;

export type AnswerMessage =
  | { id: number; ok: true; answer: EngineAnswer<EngineJob> }
  | { id: number; ok: false; error: { name: string; message: string } };

/** What the pane needs of a Worker (tests pass a stand-in that clones messages as a worker does). */
export interface WorkerLike {
  postMessage(message: WorkerMessage): void;
  terminate(): void;
  onmessage: ((event: { data: AnswerMessage }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** The worker's side: a note is taken in silence; a job gives one answer (errors as data: they do not clone). */
export function answerMessage(
  message: WorkerMessage,
  state: { note(note: EngineNote): void; run(job: EngineJob): EngineAnswer<EngineJob> },
): AnswerMessage | null {
  if ("note" in message) {
    state.note(message.note);
    return null;
  }
  try {
    return { id: message.id, ok: true, answer: state.run(message.job) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: message.id, ok: false, error: { name: e.name, message: e.message } };
  }
}
