// Entry of the engine's Web Worker (bundled by webpack from spawn.ts): runs jobs off the pane's thread.
import { runJob } from "./jobs";
import { answerJob, type JobMessage } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: { data: JobMessage }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answerJob(event.data, runJob));
