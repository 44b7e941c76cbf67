// State shared by every request context of one installed simulated host: the workbook model,
// configuration, counters and change listeners.
import type { DateOrder } from "./coercion";
import type { DateSystem } from "./dates";
import { WorkbookModel } from "./model";
import { EventRegistry } from "./events";

export type SimPlatform = "PC" | "OfficeOnline" | "Mac";
export type SimTheme = "light" | "dark";

export interface SimHostOptions {
  /** Sheets of the new workbook, first one active. Default ["Sheet1"]. */
  sheets?: string[];
  platform?: SimPlatform;
  displayLanguage?: string;
  theme?: SimTheme;
  /** Highest ExcelApi requirement set reported (and allowed). Default "1.12". */
  excelApiVersion?: string;
  /** Per-request payload limit (written + read JSON estimate); null disables. Default 5 MB, as Excel on the web. */
  payloadLimitBytes?: number | null;
  dateSystem?: DateSystem;
  /** How the host's locale reads "1/2/2020"; default from displayLanguage (en-US: MDY, most others: DMY). */
  dateOrder?: DateOrder;
  /**
   * Fails every read of more cells than this with the given code (as Excel on the web does with a
   * GeneralException or a payload error for reads it finds too large). Default none.
   */
  failReads?: { overCells: number; code: string } | null;
  /**
   * Code every CommentCollection.add fails with, although ExcelApi 1.10 is reported (Excel on
   * Windows 2006 and 2104 answered NotImplemented: office-js #1847, office-js-docs-pr #2006). Default none.
   */
  failComments?: string | null;
  /**
   * How a request's answer arrives: "microtask" (default; fast tests) or "task", as from real Excel
   * (another process or frame), so the page can paint and take clicks between requests.
   */
  roundTrip?: "microtask" | "task";
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface RequestLogEntry {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** Error code when the request failed. */
  error?: string;
  /** When the simulated host began answering, and how long it took (performance.now() ms): the
   * host's own time, which real Excel spends in its own process, not the task pane's. */
  startMs?: number;
  hostMs?: number;
  /** The request changed the workbook. */
  writes?: boolean;
}

export interface ResolvedOptions {
  platform: SimPlatform;
  displayLanguage: string;
  theme: SimTheme;
  excelApiVersion: string;
  payloadLimitBytes: number | null;
  failReads: { overCells: number; code: string } | null;
  failComments: string | null;
  roundTrip: "microtask" | "task";
}

export function dateOrderFor(language: string): DateOrder {
  const lang = language.toLowerCase();
  if (/^(en-us|en-ph|en-ca|es-us|fil)/.test(lang)) return "MDY";
  if (/^(zh|ja|ko|hu|lt|sv|en-za|mn)/.test(lang)) return "YMD";
  return "DMY";
}

export class HostState {
  readonly model: WorkbookModel;
  readonly options: ResolvedOptions;
  syncCount = 0;
  syncCalls = 0;
  requests: RequestLogEntry[] = [];
  readonly events: EventRegistry;
  private listeners = new Set<() => void>();

  constructor(options: SimHostOptions = {}) {
    this.model = new WorkbookModel(options.sheets ?? ["Sheet1"]);
    const displayLanguage = options.displayLanguage ?? "en-US";
    this.options = {
      platform: options.platform ?? "PC",
      displayLanguage,
      theme: options.theme ?? "light",
      excelApiVersion: options.excelApiVersion ?? "1.12",
      payloadLimitBytes:
        options.payloadLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : options.payloadLimitBytes,
      failReads: options.failReads ?? null,
      failComments: options.failComments ?? null,
      roundTrip: options.roundTrip ?? "microtask",
    };
    this.model.dateSystem = options.dateSystem ?? 1900;
    this.model.dateOrder = options.dateOrder ?? dateOrderFor(displayLanguage);
    this.events = new EventRegistry(this);
    this.versionChanged();
  }

  /** What the host's event payloads carry depends on its ExcelApi version. */
  versionChanged(): void {
    this.model.changes.sendsTrigger = this.supportsExcelApi("1.14");
  }

  supportsExcelApi(version: string): boolean {
    return compareVersions(this.options.excelApiVersion, version) >= 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch {
        // A failing listener (a playground grid) must not break the host.
      }
    }
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
