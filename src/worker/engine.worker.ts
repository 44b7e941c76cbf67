// Entry of the engine's Web Worker (bundled by webpack from spawn.ts): runs jobs off the pane's thread.
import { EngineState } from "./jobs";
import { answerMessage, type AnswerMessage, type WorkerMessage } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: { data: WorkerMessage }) => void) | null;
  postMessage(message: AnswerMessage): void;
};

const state = new EngineState();
scope.onmessage = (event) => {
  const answer = answerMessage(event.data, state);
  if (answer) scope.postMessage(answer);
};
