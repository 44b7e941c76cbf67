// The client side of worksheet events, as Office.js's GenericEventHandlers does it: add() queues
// the registration, which takes effect at the next sync; handlers then receive every message the
// host sends for (event type, target id), turned into event args by the same transform as
// Office.js's Worksheet_Changed_EventArgsTransform. Registrations outlive the Excel.run that made them.
import {
  EVENT_TYPE,
  WORKBOOK_TARGET,
  type EventMessage,
  type RawWorksheetActivated,
  type RawWorksheetChanged,
} from "./changeFeed";
import type { SimRequestContext } from "./context";
import type { HostState } from "./host";

type Callback = (payload: EventMessage["payload"]) => void;
type Handler<A> = (args: A) => unknown;

/** Routes the host's messages to the client callbacks registered per (event type, target). */
export class EventRegistry {
  private readonly callbacks = new Map<string, Set<Callback>>();

  constructor(host: HostState) {
    host.model.changes.subscribe((message) => {
      for (const target of message.targetIds) {
        for (const callback of [...(this.callbacks.get(`${message.eventType}|${target}`) ?? [])])
          callback(message.payload);
      }
    });
  }

  register(eventType: number, targetId: string, callback: Callback): void {
    const key = `${eventType}|${targetId}`;
    let set = this.callbacks.get(key);
    if (!set) this.callbacks.set(key, (set = new Set()));
    set.add(callback);
  }

  unregister(eventType: number, targetId: string, callback: Callback): void {
    this.callbacks.get(`${eventType}|${targetId}`)?.delete(callback);
  }
}

export class SimEventHandlerResult<A> {
  constructor(
    readonly context: SimRequestContext,
    private readonly handlers: SimEventHandlers<A>,
    private readonly handler: Handler<A>,
  ) {}

  /** Queues the removal; it takes effect at the next sync. */
  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export interface EventInfo<A> {
  /** "Worksheet.onChanged" */
  location: string;
  apiVersion: string;
  eventType: number;
  /** Resolved inside the request that registers (the worksheet's id, or "Workbook"). */
  targetId: () => string;
  transform: (payload: EventMessage["payload"]) => A;
}

export class SimEventHandlers<A> {
  private readonly handlers: Handler<A>[] = [];
  private registeredAs: string | null = null;
  private readonly callback: Callback = (payload) => {
    const args = this.info.transform(payload);
    for (const handler of [...this.handlers]) {
      try {
        // Office.js does not wait for a handler, and one handler's failure does not stop the others.
        void Promise.resolve(handler(args)).catch(() => undefined);
      } catch {
        // as above
      }
    }
  };

  constructor(
    private readonly context: SimRequestContext,
    private readonly info: EventInfo<A>,
  ) {}

  add(handler: Handler<A>): SimEventHandlerResult<A> {
    const context = this.context;
    context._requireApi(this.info.apiVersion, this.info.location);
    context._enqueue({
      location: `${this.info.location}.add`,
      writes: false,
      requestBytes: 0,
      run: () => {
        const targetId = this.info.targetId();
        return {
          commit: () => {
            this.handlers.push(handler);
            if (this.handlers.length === 1) {
              this.registeredAs = targetId;
              context._host.events.register(this.info.eventType, targetId, this.callback);
            }
          },
        };
      },
    });
    return new SimEventHandlerResult(context, this, handler);
  }

  remove(handler: Handler<A>): void {
    const context = this.context;
    context._enqueue({
      location: `${this.info.location}.remove`,
      writes: false,
      requestBytes: 0,
      run: () => ({
        commit: () => {
          const index = this.handlers.lastIndexOf(handler);
          if (index >= 0) this.handlers.splice(index, 1);
          if (this.handlers.length === 0 && this.registeredAs !== null) {
            context._host.events.unregister(this.info.eventType, this.registeredAs, this.callback);
            this.registeredAs = null;
          }
        },
      }),
    });
  }
}

/** Office.js's Worksheet_Changed_EventArgsTransform, applied to the host's payload. */
export function changedEventArgs(raw: RawWorksheetChanged): Excel.WorksheetChangedEventArgs {
  const details =
    raw.valueBefore !== undefined || raw.valueAfter !== undefined
      ? {
          valueBefore: raw.valueBefore,
          valueAfter: raw.valueAfter,
          valueTypeBefore: raw.valueTypeBefore,
          valueTypeAfter: raw.valueTypeAfter,
        }
      : undefined;
  let changeDirectionState: { deleteShiftDirection?: string; insertShiftDirection?: string } | undefined;
  if (raw.shiftDirection !== "None") {
    changeDirectionState = {
      deleteShiftDirection:
        raw.shiftDirection === "ShiftCellLeft"
          ? "Left"
          : raw.shiftDirection === "ShiftCellUp"
            ? "Up"
            : undefined,
      insertShiftDirection:
        raw.shiftDirection === "ShiftCellRight"
          ? "Right"
          : raw.shiftDirection === "ShiftCellDown"
            ? "Down"
            : undefined,
    };
  }
  // Office.js resolves a reference id kept by the host; the sheet's id and the address say the same.
  const rangeIn = (ctx: Excel.RequestContext) =>
    ctx.workbook.worksheets.getItem(raw.worksheetId).getRange(raw.address);
  return {
    type: "WorksheetChanged",
    changeType: raw.changeType,
    source: raw.source,
    worksheetId: raw.worksheetId,
    address: raw.address,
    getRange: rangeIn,
    getRangeOrNullObject: rangeIn,
    details,
    triggerSource: raw.triggerSource,
    changeDirectionState,
  } as unknown as Excel.WorksheetChangedEventArgs;
}

export function activatedEventArgs(raw: RawWorksheetActivated): Excel.WorksheetActivatedEventArgs {
  return { type: "WorksheetActivated", worksheetId: raw.worksheetId } as Excel.WorksheetActivatedEventArgs;
}

/** onChanged / onActivated of a worksheet (targetId: its id) or of the collection ("Workbook"). */
export function changedHandlers(
  context: SimRequestContext,
  owner: "Worksheet" | "WorksheetCollection",
  targetId: () => string,
): SimEventHandlers<Excel.WorksheetChangedEventArgs> {
  return new SimEventHandlers(context, {
    location: `${owner}.onChanged`,
    apiVersion: owner === "Worksheet" ? "1.7" : "1.9",
    eventType: EVENT_TYPE.worksheetChanged,
    targetId,
    transform: (payload) => changedEventArgs(payload as RawWorksheetChanged),
  });
}

export function activatedHandlers(
  context: SimRequestContext,
  owner: "Worksheet" | "WorksheetCollection",
  targetId: () => string,
): SimEventHandlers<Excel.WorksheetActivatedEventArgs> {
  return new SimEventHandlers(context, {
    location: `${owner}.onActivated`,
    apiVersion: "1.7",
    eventType: EVENT_TYPE.worksheetActivated,
    targetId,
    transform: (payload) => activatedEventArgs(payload as RawWorksheetActivated),
  });
}

export { WORKBOOK_TARGET };
