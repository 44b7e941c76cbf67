// Query (load) results in the shape Office.js reads them: PascalCase property names, navigation
// properties nested, a collection's items under `_Items`, null for a null object.
import { SimCollection } from "../proxy";

/** The parts of a simulated proxy the server reads (protected on the proxy classes themselves). */
export interface Proxy {
  readonly _typeName: string;
  readonly _scalars: readonly string[];
  readonly _props: Record<string, unknown>;
  readonly _isNull: boolean | undefined;
  _target(): unknown;
  _read(target: unknown, name: string): unknown;
  _navigation(name: string): Proxy | undefined;
  load(spec?: unknown): unknown;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Property paths of a query: "*" (the client's form of "items") and no select both mean "all scalars". */
export function queryPaths(info: { Select?: string[]; Expand?: string[] }): string[] {
  return [...(info.Select ?? []), ...(info.Expand ?? [])]
    .map((p) => p.trim())
    .filter((p) => p !== "" && p !== "*");
}

/** The loaded values of `proxy` for `paths`, read after the batch has run. */
export function wireValue(proxy: Proxy, paths: string[]): unknown {
  if (proxy._isNull) return null;
  if (proxy instanceof SimCollection) {
    const own = paths.filter((p) => proxy._scalars.includes(p));
    const itemPaths = paths.filter((p) => !proxy._scalars.includes(p));
    const items = (proxy._props.items ?? []) as Proxy[];
    return {
      ...Object.fromEntries(own.map((p) => [pascal(p), proxy._props[p]])),
      _Items: items.map((item) => wireValue(item, itemPaths)),
    };
  }
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const p of paths) {
    const slash = p.indexOf("/");
    if (slash < 0 && proxy._scalars.includes(p)) own.push(p);
    else {
      const head = slash < 0 ? p : p.slice(0, slash);
      const sub = nested.get(head) ?? [];
      if (slash >= 0) sub.push(p.slice(slash + 1));
      nested.set(head, sub);
    }
  }
  const out: Record<string, unknown> = {};
  for (const name of paths.length === 0 ? proxy._scalars : own) out[pascal(name)] = proxy._props[name];
  for (const [head, sub] of nested) {
    const child = proxy._navigation(head);
    if (child) out[pascal(head)] = wireValue(child, sub);
  }
  return out;
}
