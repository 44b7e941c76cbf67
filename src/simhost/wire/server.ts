// The simulated workbook as the far end of Office.js's request protocol. Each batch the real client
// sends is replayed, in order, on the simulated host's proxies (object paths resolved by walking them,
// actions queued on them), run as ONE simulated sync, and answered in the real response format.
// Sizes are the real serialised bytes (UTF-8), each direction held to the host's payload limit.
import { SimRequestContext } from "../context";
import { ErrorCodes, OfficeExtensionError, SimHostError, defaultMessages } from "../errors";
import type { HostState, RequestLogEntry } from "../host";
import { SimClientResult, SimCollection, type Operation } from "../proxy";
import {
  ActionType,
  ObjectPathType,
  utf8Bytes,
  type RequestMessage,
  type ResponseMessage,
  type WireAction,
  type WireError,
  type WireObjectPath,
} from "./protocol";
import { queryPaths, wireValue, type Proxy } from "./serialise";

/** One round trip as it crossed the wire. */
export interface WireRequest {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** The client's own release of references after Excel.run (not a batch the add-in sent). */
  cleanup: boolean;
  error?: string;
}

/** A null object path (…OrNullObject that found nothing): actions on it do nothing. */
const NULL = Symbol("null object");
type Resolved = Proxy | typeof NULL;

/** Thrown while replaying a batch: fails it at the given action. */
class ReplayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly actionIndex: number,
    readonly location?: string,
  ) {
    super(message);
  }
}

/** Registrations of the events the simulated host raises (data changes, sheet activation). */
const EVENT_REGISTRATION = /^_(Register|Unregister)(DataChanged|Activated)Event$/;

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

export class WireServer {
  /** Every round trip, in order (also logged, with real bytes, in the host's request log). */
  readonly requests: WireRequest[] = [];

  constructor(private readonly host: HostState) {}

  /** What Office.js asks for through SessionBase._overrideSession: one executor per request context. */
  session() {
    return {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "simhost://workbook", headers: {} }),
      _createRequestExecutorOrNull: () => this.executor(),
      getEventRegistration: () => null,
    };
  }

  executor(): {
    executeAsync: (data: unknown, flags: number, message: RequestMessage) => Promise<ResponseMessage>;
  } {
    const connection = new Connection(this.host, this.requests);
    return { executeAsync: (_data, _flags, message) => connection.execute(message) };
  }
}

/** The server side of one Excel.RequestContext: its simulated context and kept references. */
class Connection {
  private readonly sim: SimRequestContext;
  private readonly references = new Map<string, Proxy>();
  private nextReference = 1;
  /** Action being replayed, and action whose operation is running (for the error's ActionIndex). */
  private replaying = -1;
  private running = -1;

  constructor(
    private readonly host: HostState,
    private readonly log: WireRequest[],
  ) {
    this.sim = new SimRequestContext(host);
    const enqueue = this.sim._enqueue.bind(this.sim);
    // Sizes are measured on the wire, not estimated per operation; note which action each belongs to.
    this.sim._enqueue = (op: Operation) => {
      const index = this.replaying;
      enqueue({
        ...op,
        requestBytes: 0,
        run: () => {
          this.running = index;
          const outcome = op.run();
          return outcome ? { ...outcome, responseBytes: 0 } : outcome;
        },
      });
    };
  }

  async execute(message: RequestMessage): Promise<ResponseMessage> {
    await Promise.resolve(); // a round trip never completes synchronously
    const requestText = JSON.stringify(message.Body);
    const body = JSON.parse(requestText) as RequestMessage["Body"]; // only what crossed the wire
    const cleanup =
      body.Actions.some((a) => a.Name === "_RemoveReference") &&
      body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === ActionType.instantiate);
    const wire: WireRequest = {
      actions: body.Actions.length,
      requestBytes: utf8Bytes(requestText),
      responseBytes: 0,
      cleanup,
    };
    this.log.push(wire);
    const limit = this.host.options.payloadLimitBytes;
    const reply = (response: { Results?: unknown[]; Error?: WireError }): ResponseMessage => {
      const text = JSON.stringify(response);
      wire.responseBytes = utf8Bytes(text);
      if (response.Error) wire.error = response.Error.Code;
      return { HttpStatusCode: 200, Body: JSON.parse(text), Headers: {} };
    };
    if (cleanup) {
      for (const a of body.Actions)
        if (a.Name === "_RemoveReference") this.references.delete(String(a.ArgumentInfo?.Arguments?.[0]));
      return reply({ Results: [] });
    }

    if (limit !== null && wire.requestBytes > limit) {
      // Refused before Excel reads it: nothing in it is applied.
      const error = wireError(ErrorCodes.requestPayloadSizeLimitExceeded);
      this.host.syncCount++;
      this.host.requests.push({
        operations: 0,
        requestBytes: wire.requestBytes,
        responseBytes: 0,
        error: error.Code,
      });
      return reply({ Error: error });
    }

    const logged = this.host.requests.length;
    const results: { ActionId: number; Value: () => unknown }[] = [];
    let failure: ReplayError | null = null;
    this.sim._enqueue({ location: "request", writes: false, requestBytes: 0, run: () => undefined });
    try {
      this.replay(body, results);
    } catch (e) {
      failure =
        e instanceof ReplayError
          ? e
          : new ReplayError(ErrorCodes.generalException, String(e), this.replaying);
    }
    try {
      await this.sim.sync(); // counts the round trip and logs it in the host's request log
    } catch (e) {
      const error = e as OfficeExtensionError;
      failure = new ReplayError(error.code, error.message, this.running, error.debugInfo?.errorLocation);
    } finally {
      this.replaying = -1;
      this.running = -1;
    }
    const log: RequestLogEntry | undefined = this.host.requests[logged];
    const finish = (response: { Results?: unknown[]; Error?: WireError }): ResponseMessage => {
      const out = reply(response);
      if (log) {
        log.requestBytes = wire.requestBytes;
        log.responseBytes = wire.responseBytes;
        if (wire.error) log.error = wire.error;
      }
      return out;
    };
    if (failure) {
      return finish({
        Error: wireError(failure.code, failure.message, failure.actionIndex, failure.location),
      });
    }
    let values: { ActionId: number; Value: unknown }[];
    try {
      values = results.map((r) => ({ ActionId: r.ActionId, Value: r.Value() }));
    } catch (e) {
      return finish({ Error: wireError(ErrorCodes.generalException, String(e)) });
    }
    const response = finish({ Results: values });
    if (limit !== null && wire.responseBytes > limit) {
      // Excel has done the work but cannot send the answer back; the log keeps the size it would have had.
      const size = wire.responseBytes;
      const refused = finish({ Error: wireError(ErrorCodes.responsePayloadSizeLimitExceeded) });
      wire.responseBytes = size;
      if (log) log.responseBytes = size;
      return refused;
    }
    return response;
  }

  /** Queues every action of the batch on the simulated proxies, in order. */
  private replay(body: RequestMessage["Body"], results: { ActionId: number; Value: () => unknown }[]): void {
    const resolved = new Map<number, Resolved>();
    const kept = new Set<number>();
    const resolve = (id: number): Resolved => {
      let r = resolved.get(id);
      if (r === undefined) {
        const path = body.ObjectPaths[String(id)];
        if (!path) this.fail(ErrorCodes.invalidObjectPath, `No object path ${id} in the request.`);
        r = this.resolvePath(path, resolve);
        resolved.set(id, r);
      }
      return r;
    };
    body.Actions.forEach((action, index) => {
      this.replaying = index;
      const target = action.ObjectPathId ? resolve(action.ObjectPathId) : NULL;
      switch (action.ActionType) {
        case ActionType.instantiate:
          results.push({
            ActionId: action.Id,
            Value: this.instantiate(target, kept.has(action.ObjectPathId)),
          });
          return;
        case ActionType.query:
          if (target === NULL) return void results.push({ ActionId: action.Id, Value: () => null });
          return void results.push({ ActionId: action.Id, Value: this.query(target, action) });
        case ActionType.method:
          if (action.Name === "_KeepReference") return void kept.add(action.ObjectPathId);
          if (action.Name === "_RemoveReference") {
            this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
            return;
          }
          if (target === NULL) return;
          if (action.Name === "_ValidateArraySize") return this.validateArraySize(target, action);
          if (EVENT_REGISTRATION.test(action.Name)) return; // the host raises these events (changeFeed)
          return this.method(target, action, resolve, results);
        case ActionType.setProperty:
          if (target === NULL) return;
          return this.setProperty(target, action);
        case ActionType.trace:
          // Answered like any action: the client runs its trace markers' callbacks (an event
          // handler is registered on the client only once the request that registered it is done).
          return void results.push({ ActionId: action.Id, Value: () => null });
        default:
          this.fail(ErrorCodes.generalException, `ActionType ${action.ActionType} is not simulated.`);
      }
    });
    this.replaying = -1;
  }

  private resolvePath(path: WireObjectPath, resolve: (id: number) => Resolved): Resolved {
    const parent = (): Proxy | typeof NULL =>
      path.ParentObjectPathId === undefined ? NULL : resolve(path.ParentObjectPathId);
    const args = (): unknown[] => this.arguments(path.ArgumentInfo, resolve);
    switch (path.ObjectPathType) {
      case ObjectPathType.globalObject:
        return this.sim.workbook as unknown as Proxy;
      case ObjectPathType.referenceId: {
        const kept = this.references.get(path.Name);
        if (!kept) this.fail(ErrorCodes.invalidObjectPath, `The reference '${path.Name}' was released.`);
        return kept as Proxy;
      }
      case ObjectPathType.nullObject:
        return NULL;
      case ObjectPathType.property: {
        const p = parent();
        if (p === NULL) return NULL;
        return this.member(p, path.Name, "object") as Proxy;
      }
      case ObjectPathType.method: {
        const p = parent();
        if (p === NULL) return NULL;
        if (path.Name === "GetItemAt" && p instanceof SimCollection && !("getItemAt" in p))
          return itemAt(p as unknown as Collection, Number(args()[0]));
        const fn = this.member(p, path.Name, "function") as (...a: unknown[]) => Proxy;
        return this.call(() => fn.apply(p, args()));
      }
      case ObjectPathType.indexer: {
        const p = parent();
        if (p === NULL) return NULL;
        const fn = this.member(p, "GetItem", "function") as (...a: unknown[]) => Proxy;
        return this.call(() => fn.apply(p, args()));
      }
      default:
        return this.fail(
          ErrorCodes.generalException,
          `ObjectPathType ${path.ObjectPathType} is not simulated.`,
        );
    }
  }

  /** Arguments with object paths put back in place of their ids. */
  private arguments(info: WireAction["ArgumentInfo"], resolve: (id: number) => Resolved): unknown[] {
    // An argument left out arrives as null (JSON has no undefined); Excel takes it as omitted.
    const values = (info?.Arguments ?? []).map((v) => (v === null ? undefined : v));
    const refs = info?.ReferencedObjectPathIds;
    if (!refs) return values;
    const put = (vals: unknown[], ids: unknown[]): unknown[] =>
      vals.map((v, i) => {
        const id = ids[i];
        if (Array.isArray(id) && Array.isArray(v)) return put(v, id);
        if (typeof id === "number" && id !== 0) {
          const r = resolve(id);
          return r === NULL ? null : r;
        }
        return v;
      });
    return put(values, refs);
  }

  /** A member the simulated proxy must have; a clear failure names the gap when it does not. */
  private member(proxy: Proxy, wireName: string, kind: "object" | "function"): unknown {
    const name = camel(wireName);
    const value = this.call(() => (proxy as unknown as Record<string, unknown>)[name]);
    if (kind === "function" ? typeof value !== "function" : value === null || typeof value !== "object") {
      this.fail(
        ErrorCodes.generalException,
        `The simulated workbook does not implement ${proxy._typeName}.${name}.`,
      );
    }
    return value;
  }

  private instantiate(target: Resolved, keep: boolean): () => unknown {
    if (target === NULL) return () => null;
    let value: unknown = {};
    this.sim._enqueue({
      location: `${target._typeName}`,
      writes: false,
      requestBytes: 0,
      run: () => {
        const t = target._target();
        if (t === null) value = null;
        else if (keep) {
          const id = `simref-${this.nextReference++}`;
          this.references.set(id, target);
          value = { _ReferenceId: id };
        } else if (
          (target._scalars as readonly string[]).includes("id") &&
          !(target instanceof SimCollection)
        ) {
          value = { Id: target._read(t, "id") }; // what the client's _handleIdResult reads
        }
      },
    });
    return () => value;
  }

  private query(target: Proxy, action: WireAction): () => unknown {
    const info = action.QueryInfo ?? {};
    if (info.Top !== undefined || info.Skip !== undefined)
      this.fail(ErrorCodes.generalException, "load() with top or skip is not simulated.");
    const paths = queryPaths(info);
    this.call(() => target.load(paths));
    return () => wireValue(target, paths);
  }

  private method(
    target: Proxy,
    action: WireAction,
    resolve: (id: number) => Resolved,
    results: { ActionId: number; Value: () => unknown }[],
  ): void {
    const fn = this.member(target, action.Name, "function") as (...a: unknown[]) => unknown;
    const returned = this.call(() => fn.apply(target, this.arguments(action.ArgumentInfo, resolve)));
    if (returned instanceof SimClientResult)
      results.push({ ActionId: action.Id, Value: () => returned.value });
  }

  /**
   * Sent by the client before it splits a large values/numberFormat write into row blocks
   * (setRangePropertiesInBulk, over 1,500 cells): the whole array must fit the range.
   */
  private validateArraySize(target: Proxy, action: WireAction): void {
    const [rows, columns] = (action.ArgumentInfo?.Arguments ?? []) as number[];
    this.sim._enqueue({
      location: "Range._ValidateArraySize",
      writes: false,
      requestBytes: 0,
      run: () => {
        const t = target._target() as { rect?: { rows: number; cols: number } } | null;
        if (t?.rect && (t.rect.rows !== rows || t.rect.cols !== columns))
          throw new SimHostError(
            ErrorCodes.invalidArgument,
            `The array is ${rows} × ${columns}; the range is ${t.rect.rows} × ${t.rect.cols}.`,
          );
      },
    });
  }

  private setProperty(target: Proxy, action: WireAction): void {
    const name = camel(action.Name);
    if (!hasSetter(target, name))
      this.fail(
        ErrorCodes.generalException,
        `The simulated workbook cannot set ${target._typeName}.${name}.`,
      );
    const value = action.ArgumentInfo?.Arguments?.[0];
    this.call(() => ((target as unknown as Record<string, unknown>)[name] = value));
  }

  /** Runs a simulated call now; its synchronous failure fails the batch at this action. */
  private call<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof ReplayError) throw e;
      if (e instanceof SimHostError) throw new ReplayError(e.code, e.message, this.replaying);
      if (e instanceof OfficeExtensionError)
        throw new ReplayError(e.code, e.message, this.replaying, e.debugInfo.errorLocation);
      throw new ReplayError(ErrorCodes.generalException, String(e), this.replaying);
    }
  }

  private fail(code: string, message: string): never {
    throw new ReplayError(code, message, this.replaying);
  }
}

interface Collection extends Proxy {
  _makeItem(model: unknown): Proxy;
}

/**
 * How the client addresses an item it loaded without an id (collection.items[i]): GetItemAt(i),
 * taken when the batch reaches it, so an earlier deletion in the same batch shifts it, as in Excel.
 */
function itemAt(collection: Collection, index: number): Proxy {
  const item = collection._makeItem(null);
  Object.defineProperty(item, "_resolver", {
    value: () => {
      const found = ((collection._target() ?? []) as unknown[])[index];
      if (found === undefined) throw new SimHostError(ErrorCodes.itemNotFound);
      return found;
    },
  });
  return item;
}

function hasSetter(object: object, name: string): boolean {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return typeof d.set === "function" || d.writable === true;
  }
  return false;
}

/** The error part of a response, as Excel sends it (the client turns it into OfficeExtension.Error). */
function wireError(code: string, message?: string, actionIndex?: number, location?: string): WireError {
  return {
    Code: code,
    Message: message ?? defaultMessages[code] ?? code,
    HttpStatusCode: httpStatus(code),
    ...(location ? { Location: location } : {}),
    ...(actionIndex !== undefined && actionIndex >= 0 ? { ActionIndex: actionIndex } : {}),
  };
}

function httpStatus(code: string): number {
  if (code === ErrorCodes.requestPayloadSizeLimitExceeded) return 413;
  if (code === ErrorCodes.accessDenied) return 403;
  if (code === ErrorCodes.itemNotFound || code === ErrorCodes.apiNotFound) return 404;
  if (code === ErrorCodes.itemAlreadyExists) return 409;
  if (code === ErrorCodes.generalException || code === ErrorCodes.responsePayloadSizeLimitExceeded)
    return 500;
  return 400;
}
