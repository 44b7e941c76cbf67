// Errors as Office.js reports them: OfficeExtension.Error ("RichApi.Error") with code, message, debugInfo.

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  notImplemented: "NotImplemented",
  insertDeleteConflict: "InsertDeleteConflict",
} as const;

/** Messages Excel returns for each code (wording from Office.js resources and Excel's responses). */
export const defaultMessages: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "This operation is not implemented.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
};

/** Thrown inside the simulated host while executing a batch; turned into OfficeExtensionError by sync. */
export class SimHostError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? defaultMessages[code] ?? code);
  }
}

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/** Mirrors OfficeExtension.Error (class name "RichApi.Error"). */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code] ?? code;
    super(text);
    Object.setPrototypeOf(this, OfficeExtensionError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message: text,
      ...(errorLocation ? { errorLocation, statement: errorLocation } : {}),
    };
    this.httpStatusCode = httpStatusFor(code);
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

function httpStatusFor(code: string): number {
  if (code === ErrorCodes.accessDenied) return 401;
  if (code === ErrorCodes.invalidArgument || code === ErrorCodes.invalidObjectPath) return 400;
  if (code === ErrorCodes.propertyNotLoaded || code === ErrorCodes.valueNotLoaded) return 400;
  return 500;
}

export function propertyNotLoaded(propertyName: string): OfficeExtensionError {
  return new OfficeExtensionError(
    ErrorCodes.propertyNotLoaded,
    `The property '${propertyName}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const fail = (code: string, message?: string): never => {
  throw new SimHostError(code, message);
};
