// The request protocol Microsoft's Office.js client speaks to Excel (RichApi), as read from
// @microsoft/office-js/dist/excel-win32-16.01.debug.js: the numbers are the client's own.
import { utf8Bytes } from "../../core/text/utf8Bytes";
export { utf8Bytes };

/** actionInfo.ActionType (ActionFactory / CommonActionFactory in the client). */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

/** objectPathInfo.ObjectPathType (ObjectPathFactory in the client). */
export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path passed in its place (nested for arrays). */
  ReferencedObjectPathIds?: unknown[];
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location?: string;
  /** Index in Actions of the action that failed; the client prints that statement in debugInfo. */
  ActionIndex?: number;
}

export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

export interface RequestMessage {
  Url?: string;
  Headers?: Record<string, string>;
  Body: RequestBody;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  Body: ResponseBody;
  Headers: Record<string, string>;
}
