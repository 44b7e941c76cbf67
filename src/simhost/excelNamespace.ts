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
    const context = new SimRequestContext(host);
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
