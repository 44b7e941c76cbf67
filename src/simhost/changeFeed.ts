// Worksheet events at the workbook level, as Excel's host raises them: a change is recorded where
// the workbook changes (an add-in's request or a user action) as the raw payload Office.js's client
// receives, and delivered once that request or action is over. Nothing here knows about proxies,
// so either client (the simulated one, or Microsoft's through a request executor) can be wired to it:
// `subscribe` hands every message to the wiring, which calls the handlers registered for its target.
import { isEntireColumns, isEntireRows, rectA1, type Rect } from "./address";
import type { CellScalar } from "./coercion";
import type { SheetModel } from "./model";

/** Office.js's event type ids (OfficeExtension.GenericEventHandlers eventType). */
export const EVENT_TYPE = { worksheetChanged: 10, worksheetActivated: 11 } as const;
/** Target id of workbook-wide handlers (WorksheetCollection.onChanged/onActivated). */
export const WORKBOOK_TARGET = "Workbook";

export type DataChangeType =
  | "Unknown"
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";
export type ShiftDirection = "None" | "ShiftCellLeft" | "ShiftCellUp" | "ShiftCellRight" | "ShiftCellDown";
export type TriggerSource = "Unknown" | "ThisLocalAddin";
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** What the host sends for a data change (before Office.js's Worksheet_Changed_EventArgsTransform). */
export interface RawWorksheetChanged {
  worksheetId: string;
  /** Local address of the changed area: "B2", "A2:C9", "5:6" (whole rows), "C:C". */
  address: string;
  changeType: DataChangeType;
  source: "Local" | "Remote";
  /** Sent by hosts with ExcelApi 1.14 only. */
  triggerSource?: TriggerSource;
  shiftDirection?: ShiftDirection;
  /** Single-cell edits only (ExcelApi 1.9). */
  valueBefore?: CellScalar;
  valueAfter?: CellScalar;
  valueTypeBefore?: ValueType;
  valueTypeAfter?: ValueType;
}

export interface RawWorksheetActivated {
  worksheetId: string;
}

/** One host message: Office.js routes it to the handlers of (eventType, targetId). */
export interface EventMessage {
  eventType: number;
  targetIds: string[];
  payload: RawWorksheetChanged | RawWorksheetActivated;
}

export interface CellChange {
  before: CellScalar;
  after: CellScalar;
  beforeIsError?: boolean;
  afterIsError?: boolean;
}

function valueType(value: CellScalar, isError = false): ValueType {
  if (isError) return "Error";
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

type Schedule = (deliver: () => void) => void;

export class ChangeFeed {
  /** While an add-in request runs, changes are the add-in's own (triggerSource ThisLocalAddin). */
  trigger: TriggerSource = "Unknown";
  /** Hosts below ExcelApi 1.14 send neither triggerSource nor shiftDirection. */
  sendsTrigger = false;
  private recorded: EventMessage[] = [];
  private readonly listeners = new Set<(message: EventMessage) => void>();
  private pending = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly schedule: Schedule = (deliver) => void setTimeout(deliver, 0)) {}

  /** Cells of rect were written (values, formulas, clear, copy, paste, sort). */
  edited(sheet: SheetModel, rect: Rect, single?: CellChange): void {
    const payload: RawWorksheetChanged = {
      worksheetId: sheet.id,
      address: rectA1(rect),
      changeType: "RangeEdited",
      source: "Local",
      ...this.sourceFields("None"),
    };
    if (single && rect.rows === 1 && rect.cols === 1) {
      payload.valueBefore = single.before;
      payload.valueAfter = single.after;
      payload.valueTypeBefore = valueType(single.before, single.beforeIsError);
      payload.valueTypeAfter = valueType(single.after, single.afterIsError);
    }
    this.record(EVENT_TYPE.worksheetChanged, sheet.id, payload);
  }

  /** Cells were inserted (shifting the others down or right) or deleted (shifting up or left). */
  shifted(sheet: SheetModel, rect: Rect, vertical: boolean, insert: boolean): void {
    let changeType: DataChangeType;
    let direction: ShiftDirection = "None";
    if (isEntireRows(rect)) changeType = insert ? "RowInserted" : "RowDeleted";
    else if (isEntireColumns(rect)) changeType = insert ? "ColumnInserted" : "ColumnDeleted";
    else {
      changeType = insert ? "CellInserted" : "CellDeleted";
      if (insert) direction = vertical ? "ShiftCellDown" : "ShiftCellRight";
      else direction = vertical ? "ShiftCellUp" : "ShiftCellLeft";
    }
    this.record(EVENT_TYPE.worksheetChanged, sheet.id, {
      worksheetId: sheet.id,
      address: rectA1(rect),
      changeType,
      source: "Local",
      ...this.sourceFields(direction),
    });
  }

  activated(sheet: SheetModel): void {
    this.record(EVENT_TYPE.worksheetActivated, sheet.id, { worksheetId: sheet.id });
  }

  /** Every message, as the host would send it; returns the unsubscribe function. */
  subscribe(listener: (message: EventMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends what was recorded once the current request or user action is over (Excel raises events
   * after the change, never inside the request that made it).
   */
  deliverLater(): void {
    if (this.recorded.length === 0) return;
    const messages = this.recorded;
    this.recorded = [];
    this.pending++;
    this.schedule(() => {
      try {
        for (const message of messages) {
          for (const listener of [...this.listeners]) {
            try {
              listener(message);
            } catch {
              // A failing handler never stops the others (as in Excel).
            }
          }
        }
      } finally {
        this.pending--;
        if (this.pending === 0) for (const wake of this.waiters.splice(0)) wake();
      }
    });
  }

  /** Resolves once every recorded event has been delivered (tests). */
  delivered(): Promise<void> {
    if (this.pending === 0 && this.recorded.length === 0) return Promise.resolve();
    this.deliverLater();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private sourceFields(
    direction: ShiftDirection,
  ): Pick<RawWorksheetChanged, "triggerSource" | "shiftDirection"> {
    return this.sendsTrigger ? { triggerSource: this.trigger, shiftDirection: direction } : {};
  }

  private record(
    eventType: number,
    sheetId: string,
    payload: RawWorksheetChanged | RawWorksheetActivated,
  ): void {
    this.recorded.push({ eventType, targetIds: [sheetId, WORKBOOK_TARGET], payload });
  }
}
