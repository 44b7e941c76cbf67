// The global `Excel` (run, RequestContext, enums) and `OfficeExtension` objects.
import { SimRequestContext } from "./context";
import { ExcelEnums } from "./enums";
import { ErrorCodes, OfficeExtensionError } from "./errors";
import type { HostState } from "./host";
import { SimClientResult } from "./proxy";

type Batch<T> = (context: SimRequestContext) => Promise<T>;

export function createExcelNamespace(host: HostState) {
  /** Excel.run(batch) | run(object, batch) | run(options, batch): queued work left at the end is synced. */
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    if (typeof batch !== "function")
      throw new OfficeExtensionError(ErrorCodes.invalidArgument, "Excel.run needs a batch function.");
    const context = reusedContext(args.length > 1 ? args[0] : undefined) ?? new SimRequestContext(host);
    context._closed = false;
    const pending = batch(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") {
      throw new OfficeExtensionError(ErrorCodes.runMustReturnPromise);
    }
    try {
      const result = await pending;
      await context.sync();
      return result;
    } finally {
      context._closed = true;
    }
  }

  /**
   * run(context, batch) and run(object, batch) run on that context again, as Office.js does: how an
   * event registration made in an earlier batch is removed (Excel.run(result.context, …)).
   */
  function reusedContext(first: unknown): SimRequestContext | null {
    if (first instanceof SimRequestContext) return first;
    const owner = (first as { context?: unknown } | null | undefined)?.context;
    return owner instanceof SimRequestContext ? owner : null;
  }

  class RequestContext extends SimRequestContext {
    constructor() {
      super(host);
    }
  }

  return { run, RequestContext, ...ExcelEnums };
}

export function createOfficeExtensionNamespace() {
  return {
    Error: OfficeExtensionError,
    ErrorCodes: { ...ErrorCodes },
    ClientResult: SimClientResult,
    ClientRequestContext: SimRequestContext,
    Promise,
  };
}
