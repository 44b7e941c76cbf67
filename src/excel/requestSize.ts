// Estimated size of a request on the wire (Office.js's JSON protocol, counted in UTF-8 bytes), so
// that large writes go out in requests well under Excel on the web's 5 MB per request and per
// response. Per-item figures are rounded up from what Microsoft's client library sends
// (@microsoft/office-js, excel-win32-16.01): a property set 95 bytes besides its value, a load 117;
// a range's object path with its instantiate action 183 bytes, and about 320 where the session keeps
// references (AutoKeepReference adds a _KeepReference action and a second instantiate per range):
// a copyFrom between two ranges by indexes came to 875 bytes, a delete 460.
// These are ceilings, so that a chunk is never bigger than planned; src/simhost/wireSize.ts holds
// the measured sizes themselves, with which the simulated host enforces Excel's limits.
import { jsonBytes, utf8Bytes } from "../core/text/utf8Bytes";
export { jsonBytes, utf8Bytes };

/** Request (or response) budget: 5 MB is 5,242,880 bytes; the margin covers estimation error. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** An object path (getRange, getItem, …) with its instantiate and keep-reference actions, besides its address. */
export const PATH_BYTES = 330;
/** A property set or a method call, besides its arguments. */
export const ACTION_BYTES = 110;
/** A load (query) action. */
export const LOAD_BYTES = 130;
/** A result's envelope in the response, besides its values. */
export const RESULT_BYTES = 40;

/** Printable ASCII without `"` and `\\`: JSON writes such a string as it is, between quotes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * jsonBytes of a grid of cell values (a range's values or number formats), without building its
 * JSON: on 100,000 cells JSON.stringify and counting its bytes blocked the pane for ~150 ms a chunk.
 */
export function gridJsonBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2 + Math.max(0, rows.length - 1);
  // Number formats repeat cell after cell: the last string's size is kept.
  let last = "";
  let lastBytes = 2;
  for (const row of rows) {
    bytes += 2 + Math.max(0, row.length - 1);
    for (const v of row) {
      if (typeof v === "string") {
        if (v !== last) {
          last = v;
          lastBytes = PLAIN.test(v) ? v.length + 2 : jsonBytes(v);
        }
        bytes += lastBytes;
      } else if (v === null || v === undefined) bytes += 4;
      else if (typeof v === "boolean") bytes += v ? 4 : 5;
      else bytes += jsonBytes(v);
    }
  }
  return bytes;
}

/** A range addressed by text, with one property set per value given. */
export function rangeWriteBytes(address: string, ...values: unknown[]): number {
  return (
    PATH_BYTES + utf8Bytes(address) + values.reduce<number>((s, v) => s + ACTION_BYTES + jsonBytes(v), 0)
  );
}

/**
 * Consecutive groups whose estimated bytes stay within the budget (an item larger than the
 * budget goes alone). Order is kept, so writes land as they would in one request.
 */
export function splitByBytes<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = REQUEST_BUDGET_BYTES,
): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (group.length > 0 && used + bytes > budget) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
