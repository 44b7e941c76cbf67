// RequestContext and the batch: sync() sends the queued operations as one request, applies them
// in order, enforces the payload limit and edit mode, and fulfils loads only if all succeeded.
import { ErrorCodes, OfficeExtensionError, SimHostError } from "./errors";
import type { HostState, RequestLogEntry } from "./host";
import type { Operation, OperationOutcome } from "./proxy";
import { SimWorkbook } from "./workbook";

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly application: SimWorkbook["application"];
  private queue: Operation[] = [];
  /** Set when Excel.run has finished: its objects may no longer be used. */
  _closed = false;

  constructor(readonly _host: HostState) {
    this.workbook = new SimWorkbook(this);
    this.application = this.workbook.application;
  }

  _enqueue(op: Operation): void {
    this.queue.push(op);
  }

  /** Queues an ApiNotFound failure when the configured ExcelApi version lacks a member. */
  _requireApi(version: string, location: string): void {
    if (this._host.supportsExcelApi(version)) return;
    this._enqueue({
      location,
      writes: false,
      requestBytes: 0,
      run: () => {
        throw new SimHostError(ErrorCodes.apiNotFound, `${location} needs ExcelApi ${version}.`);
      },
    });
  }

  load<T extends { load: (spec?: never) => unknown }>(object: T, spec?: Parameters<T["load"]>[0]): T {
    object.load(spec as never);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const host = this._host;
    host.syncCalls++;
    // A real round trip never completes synchronously; "task" also lets the page paint meanwhile.
    if (host.options.roundTrip === "task") await new Promise((resolve) => setTimeout(resolve, 0));
    else await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T; // Office.js sends nothing for an empty batch
    host.syncCount++;
    const clock = globalThis.performance;
    const entry: RequestLogEntry = { operations: ops.length, requestBytes: 0, responseBytes: 0 };
    if (clock) entry.startMs = clock.now();
    host.requests.push(entry);
    try {
      return this.answer(ops, entry, passThroughValue);
    } finally {
      if (clock && entry.startMs !== undefined) entry.hostMs = clock.now() - entry.startMs;
    }
  }

  private answer<T>(ops: Operation[], entry: RequestLogEntry, passThroughValue?: T): T {
    const host = this._host;
    const failWith = (error: OfficeExtensionError): never => {
      entry.error = error.code;
      throw error;
    };
    if (this._closed)
      failWith(new OfficeExtensionError(ErrorCodes.invalidObjectPath, undefined, ops[0].location));
    if (host.model.editMode) failWith(new OfficeExtensionError(ErrorCodes.invalidOperationInCellEditMode));
    entry.requestBytes = requestBytes(ops);
    const limit = host.options.payloadLimitBytes;
    if (limit !== null && entry.requestBytes > limit) {
      failWith(
        new OfficeExtensionError(ErrorCodes.requestPayloadSizeLimitExceeded, undefined, ops[0].location),
      );
    }
    const commits: (() => void)[] = [];
    let wrote = false;
    const feed = host.model.changes;
    feed.trigger = "ThisLocalAddin";
    try {
      for (const op of ops) {
        let outcome: OperationOutcome | void;
        try {
          outcome = op.run();
        } catch (e) {
          throw toOfficeError(e, op.location);
        }
        wrote ||= op.writes;
        if (outcome?.commit) commits.push(outcome.commit);
        entry.responseBytes += outcome?.responseBytes ?? 0;
        if (limit !== null && entry.responseBytes > limit) {
          throw new OfficeExtensionError(ErrorCodes.responsePayloadSizeLimitExceeded, undefined, op.location);
        }
      }
    } catch (e) {
      entry.writes = wrote;
      if (wrote) host.notify();
      return failWith(e as OfficeExtensionError);
    } finally {
      // Events of the changes that were applied, even by a request that then failed.
      feed.trigger = "Unknown";
      feed.deliverLater();
    }
    for (const c of commits) c();
    entry.writes = wrote;
    if (wrote) host.notify();
    return passThroughValue as T;
  }
}

/** Each action's bytes, and each object path once (Office.js sends a request's paths in one map). */
function requestBytes(ops: readonly Operation[]): number {
  const paths = new Set<{ _pathBytes: number }>();
  let bytes = 0;
  for (const op of ops) {
    bytes += op.requestBytes;
    if (op.owner && !paths.has(op.owner)) {
      paths.add(op.owner);
      bytes += op.owner._pathBytes;
    }
  }
  return bytes;
}

function toOfficeError(e: unknown, location: string): OfficeExtensionError {
  if (e instanceof OfficeExtensionError) return e;
  if (e instanceof SimHostError) return new OfficeExtensionError(e.code, e.message, location);
  const message = e instanceof Error ? e.message : String(e);
  return new OfficeExtensionError(ErrorCodes.generalException, message, location);
}
