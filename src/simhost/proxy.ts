// Proxy objects as in Office.js: property writes and method calls are queued on the request
// context and reach the workbook at sync; load() queues a read whose results arrive at sync;
// reading a property that was neither loaded nor set locally throws PropertyNotLoaded.
import { ErrorCodes, OfficeExtensionError, SimHostError, propertyNotLoaded } from "./errors";
import type { SimRequestContext } from "./context";
import { ACTION_BYTES, LOAD_ACTION_BYTES, OBJECT_PATH_BYTES, RESULT_BYTES, jsonBytes } from "./wireSize";

export type LoadSpec =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Flattens every accepted form of load()'s argument into property paths ("a", "format/fill/color"). */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined || spec === null) return [];
  const split = (s: string | string[] | undefined): string[] =>
    (Array.isArray(s) ? s : (s ?? "").split(",")).map((p) => p.trim()).filter((p) => p.length > 0);
  if (typeof spec === "string" || Array.isArray(spec)) return split(spec);
  return [...split(spec.select), ...split(spec.expand)];
}

/** Result of a method such as getCount(): value is readable only after sync. */
export class SimClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw new OfficeExtensionError(ErrorCodes.valueNotLoaded);
    return this.result as T;
  }

  _fulfil(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

export interface OperationOutcome {
  /** Applied only when the whole batch succeeds (load results). */
  commit?: () => void;
  responseBytes?: number;
}

export interface LoadResult {
  bytes: number;
  commit: () => void;
}

export interface Operation {
  location: string;
  writes: boolean;
  /** Bytes of the action itself and its arguments (the object path is counted once per request). */
  requestBytes: number;
  /** The proxy whose object path the action refers to. */
  owner?: { _pathBytes: number };
  run: () => OperationOutcome | void;
}

export abstract class SimClientObject<T> {
  protected _props: Record<string, unknown> = {};
  protected _isNull: boolean | undefined;
  private _bound: { target: T | null } | undefined;
  private readonly _children = new Map<string, SimClientObject<unknown>>();
  /** Bytes of this object's path in a request (more for getRange's address). */
  _pathBytes = OBJECT_PATH_BYTES;
  abstract readonly _typeName: string;
  /** Loadable scalar properties (load() with no argument loads all of them). */
  protected abstract readonly _scalars: readonly string[];

  constructor(
    readonly context: SimRequestContext,
    private readonly _resolver: () => T | null,
  ) {}

  /** Binds the proxy to a model object the first time a batch uses it (as Excel instantiates object paths). */
  _target(): T | null {
    if (!this._bound) this._bound = { target: this._resolver() };
    if (this._bound.target !== null) this._checkAlive(this._bound.target);
    return this._bound.target;
  }

  protected _checkAlive(target: T): void {
    void target;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  protected _get<V>(name: string): V {
    const v = this._props[name];
    if (v === undefined && !this._isNull) throw propertyNotLoaded(name);
    return v as V;
  }

  /** Property write: visible locally at once (as in Office.js), applied to the workbook at sync. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._props[name] = value;
    this._write(`${this._typeName}.${name}`, apply, jsonBytes(value));
  }

  protected _write(location: string, apply: (target: T) => void, argumentBytes = 0): void {
    this.context._enqueue({
      location,
      writes: true,
      requestBytes: ACTION_BYTES + argumentBytes,
      owner: this,
      run: () => {
        const t = this._target();
        if (t !== null) apply(t);
      },
    });
  }

  /** Method returning a ClientResult. */
  protected _result<R>(location: string, compute: (target: T) => R, writes = false): SimClientResult<R> {
    const result = new SimClientResult<R>();
    this.context._enqueue({
      location,
      writes,
      requestBytes: ACTION_BYTES,
      owner: this,
      run: () => {
        const t = this._target();
        const value = (t === null ? null : compute(t)) as R;
        return { responseBytes: RESULT_BYTES + jsonBytes(value), commit: () => result._fulfil(value) };
      },
    });
    return result;
  }

  /** Queued by ...OrNullObject methods so that isNullObject is known after the next sync. */
  _instantiate(location: string): this {
    this.context._enqueue({
      location,
      writes: false,
      requestBytes: ACTION_BYTES,
      owner: this,
      run: () => {
        const isNull = this._target() === null;
        return { commit: () => (this._isNull = isNull) };
      },
    });
    return this;
  }

  protected _child<C extends SimClientObject<unknown>>(name: string, make: () => C): C {
    let c = this._children.get(name);
    if (!c) this._children.set(name, (c = make()));
    return c as C;
  }

  /** Navigation properties that load("nav/prop") may descend into. */
  protected _navigation(name: string): SimClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** Reads one scalar from the bound model object; throws SimHostError for unknown names. */
  protected abstract _read(target: T, name: string): unknown;

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context._enqueue({
      location: `${this._typeName}.load`,
      writes: false,
      requestBytes: LOAD_ACTION_BYTES,
      owner: this,
      run: () => {
        const read = this._readPaths(paths);
        return { responseBytes: RESULT_BYTES + read.bytes, commit: read.commit };
      },
    });
    return this;
  }

  /**
   * Reads the given paths now (inside a batch): own scalars (all of them when paths is empty) and
   * nested ones ("format/fill/color"). Results are applied by commit() once the batch succeeds.
   */
  _readPaths(paths: string[]): LoadResult {
    const t = this._target();
    if (t === null) return { bytes: 0, commit: () => (this._isNull = true) };
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      if (slash < 0 && this._scalars.includes(p)) {
        own.push(p);
        continue;
      }
      if (!this._navigation(head)) {
        throw new SimHostError(
          ErrorCodes.invalidArgument,
          `The property '${p}' does not exist on ${this._typeName}.`,
        );
      }
      const sub = nested.get(head) ?? [];
      if (slash >= 0) sub.push(p.slice(slash + 1));
      nested.set(head, sub);
    }
    const values = this._readAll(t, paths.length === 0 ? [...this._scalars] : own);
    const children = [...nested].map(([name, sub]) =>
      (this._navigation(name) as SimClientObject<unknown>)._readPaths(sub),
    );
    return {
      bytes: jsonBytes(values) + children.reduce((sum, c) => sum + c.bytes, 0),
      commit: () => {
        Object.assign(this._props, values);
        this._isNull = false;
        children.forEach((c) => c.commit());
      },
    };
  }

  _readAll(target: T, names: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const n of names) {
      if (!this._scalars.includes(n)) {
        throw new SimHostError(
          ErrorCodes.invalidArgument,
          `The property '${n}' does not exist on ${this._typeName}.`,
        );
      }
      values[n] = this._read(target, n);
    }
    return values;
  }

  /** Office.js set(): assigns several properties (and nested navigation objects) at once. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const nav = this._navigation(k);
      if (nav && v && typeof v === "object" && !Array.isArray(v)) nav.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._props };
  }
}

/** Collections: load("items/name") or load("name") loads the items; own scalars (e.g. count) stay own. */
export abstract class SimCollection<TItem extends SimClientObject<M>, M> extends SimClientObject<M[]> {
  protected readonly _scalars: readonly string[] = ["count"];
  protected abstract _makeItem(model: M): TItem;
  protected abstract readonly _itemScalars: readonly string[];

  get items(): TItem[] {
    return this._get<TItem[]>("items");
  }

  protected _read(target: M[], name: string): unknown {
    if (name === "count") return target.length;
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      `The property '${name}' does not exist on ${this._typeName}.`,
    );
  }

  override _readPaths(paths: string[]): LoadResult {
    const stripped = paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    const own = stripped.filter((p) => this._scalars.includes(p));
    const itemPaths = stripped.filter((p) => !this._scalars.includes(p) && p !== "items");
    const models = this._target() ?? [];
    const items = models.map((m) => this._makeItem(m));
    const reads = items.map((it) => it._readPaths(itemPaths.length > 0 ? itemPaths : [...this._itemScalars]));
    const ownValues = this._readAll(models, own);
    return {
      bytes: jsonBytes(ownValues) + reads.reduce((sum, r) => sum + r.bytes, 0),
      commit: () => {
        reads.forEach((r) => r.commit());
        Object.assign(this._props, ownValues, { items });
        this._isNull = false;
      },
    };
  }
}
