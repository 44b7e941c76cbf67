// The one line webpack needs to bundle the engine's worker (same origin, no blob: URL, so the
// add-in's CSP 'self' covers it). Jest (CommonJS) never imports this file: import.meta is ESM.
import type { WorkerLike } from "./protocol";

export const spawnEngineWorker = (): WorkerLike =>
  new Worker(new URL("./engine.worker.ts", import.meta.url), {
    name: "cosell-engine",
  }) as unknown as WorkerLike;
