// Microsoft's own Office.js client (@microsoft/office-js, excel-win32-16.01.debug.js) loaded under
// Node in a jsdom window, once per test file, with its requests sent to the simulated workbook.
// Tests (Node only): the browser playground keeps the simulated host's own client (see README).
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { createOfficeNamespace } from "../officeNamespace";
import { SimHandle } from "../handle";
import { HostState, type SimHostOptions } from "../host";
import { WireServer } from "./server";

interface RealClient {
  window: Record<string, unknown>;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    SessionBase: { _overrideSession: unknown };
    GenericEventRegistration: { s_genericEventRegistrations: Record<string, unknown> };
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
}

let loaded: RealClient | null = null;

/** Evaluates the client library once (about a second) and keeps it for the rest of the test file. */
export function realClient(): RealClient {
  if (loaded) return loaded;
  const dom = new JSDOM("<!doctype html><body></body>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const source = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-win32-16.01.debug.js"),
    "utf8",
  );
  dom.window.eval(source);
  const window = dom.window as unknown as Record<string, unknown>;
  loaded = {
    window,
    Excel: window.Excel as RealClient["Excel"],
    OfficeExtension: window.OfficeExtension as RealClient["OfficeExtension"],
  };
  return loaded;
}

/** The ExcelApi versions the Excel layer's tests run at: the oldest it supports and the newest set. */
export const EXCEL_API_VERSIONS = ["1.9", "1.20"] as const;

export interface RealClientHandle extends SimHandle {
  /** Every round trip as it crossed the wire, including the client's own reference clean-ups. */
  readonly wire: WireServer;
}

/**
 * Like installSimulatedHost, but the globals `Excel` and `OfficeExtension` are Microsoft's client
 * library; `Office` (host facts, isSetSupported) stays the simulated host's. The handle is the same.
 */
export function installRealClientHost(options: SimHostOptions = {}): RealClientHandle {
  const client = realClient();
  // COSELL_EXCEL_API=1.9 (or 1.20) reruns every Excel-layer test at that requirement set.
  const version = options.excelApiVersion ?? process.env.COSELL_EXCEL_API;
  const host = new HostState({ ...options, ...(version ? { excelApiVersion: version } : {}) });
  const server = new WireServer(host);
  const target = globalThis as unknown as Record<string, unknown>;
  const names = ["Office", "Excel", "OfficeExtension"] as const;
  const previous = names.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  const office = createOfficeNamespace(host);
  target.Office = office;
  target.Excel = client.Excel;
  target.OfficeExtension = client.OfficeExtension;
  client.OfficeExtension.SessionBase._overrideSession = server.session();
  const stopEvents = wireEvents(client, host);
  // The client checks requirement sets itself (ApiNotFound at the call) through window.Office.
  const windowOffice = client.window.Office;
  client.window.Office = office;
  const handle = new SimHandle(host, () => {
    client.OfficeExtension.SessionBase._overrideSession = null;
    stopEvents();
    client.window.Office = windowOffice;
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  });
  // The client hands an event to its handlers asynchronously (through promises), not inside delivery.
  const delivered = handle.eventsDelivered.bind(handle);
  handle.eventsDelivered = async () => {
    await delivered();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return Object.assign(handle, { wire: server });
}

/**
 * Worksheet events reach the client as Excel's host sends them: a RichApi message whose entries
 * carry the event type, the target (a sheet's id, or "Workbook") and the raw payload, which the
 * client routes to its own handlers and transforms (Worksheet_Changed_EventArgsTransform).
 */
function wireEvents(client: RealClient, host: HostState): () => void {
  const extension = client.OfficeExtension;
  // Handlers registered against an earlier workbook (another test) go with it.
  extension.GenericEventRegistration.s_genericEventRegistrations = {};
  extension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return host.model.changes.subscribe((message) =>
    extension._testTriggerRichApiMessageEvent({
      entries: message.targetIds.map((targetId) => ({
        messageCategory: 65536, // Constants.eventMessageCategory
        messageType: message.eventType,
        targetId,
        message: JSON.stringify(message.payload),
      })),
    }),
  );
}
