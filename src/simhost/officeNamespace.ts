// The global `Office`: onReady, context (language, theme, requirement sets), host and platform enums.
import { compareVersions, type HostState } from "./host";

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#404040",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
};

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

/** Requirement sets other than ExcelApi that the simulated host reports. */
const OTHER_SETS: Record<string, string> = {
  DialogApi: "1.2",
  RibbonApi: "1.1",
  SharedRuntime: "1.1",
  IdentityAPI: "1.3",
};

/** Like Office.js, wait for the page's own scripts (DOMContentLoaded) in a browser; at once elsewhere. */
function documentReady(): Promise<void> {
  const doc = (
    globalThis as { document?: { readyState: string; addEventListener: (e: string, f: () => void) => void } }
  ).document;
  if (!doc || doc.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener("DOMContentLoaded", () => resolve()));
}

export function createOfficeNamespace(host: HostState) {
  const settings = new Map<string, unknown>();
  const info = () => ({ host: HostType.Excel, platform: host.options.platform });
  const context = {
    get displayLanguage() {
      return host.options.displayLanguage;
    },
    get contentLanguage() {
      return host.options.displayLanguage;
    },
    get officeTheme() {
      return { ...THEMES[host.options.theme] };
    },
    get platform() {
      return host.options.platform;
    },
    host: HostType.Excel,
    diagnostics: {
      host: HostType.Excel,
      get platform() {
        return host.options.platform;
      },
      version: "16.0.0000.0000",
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const wanted = minVersion === undefined ? "1.1" : String(minVersion);
        const have = name.toLowerCase() === "excelapi" ? host.options.excelApiVersion : OTHER_SETS[name];
        if (name.toLowerCase() === "excelapionline")
          return host.options.platform === "OfficeOnline" && compareVersions("1.1", wanted) >= 0;
        return have !== undefined && compareVersions(have, wanted) >= 0;
      },
    },
    document: {
      settings: {
        get: (name: string) => settings.get(name) ?? null,
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
      },
    },
  };
  const office = {
    HostType,
    PlatformType,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context,
    initialize: undefined as undefined | ((reason?: unknown) => void),
    onReady(callback?: (i: ReturnType<typeof info>) => void): Promise<ReturnType<typeof info>> {
      return documentReady().then(() => {
        callback?.(info());
        return info();
      });
    },
    actions: { associate: () => undefined },
  };
  // Office.js calls Office.initialize once the page has loaded and the host is ready, if the page set it.
  void documentReady().then(() => office.initialize?.("documentOpened"));
  return office;
}
