// installSimulatedHost(): puts Office, Excel and OfficeExtension on a global object (globalThis by
// default) and returns the handle; handle.uninstall() restores what was there before.
import { createExcelNamespace, createOfficeExtensionNamespace } from "./excelNamespace";
import { HostState, type SimHostOptions } from "./host";
import { SimHandle } from "./handle";
import { createOfficeNamespace } from "./officeNamespace";

export interface InstallOptions extends SimHostOptions {
  /** Where the globals go (globalThis / window by default). */
  target?: Record<string, unknown>;
}

const GLOBALS = ["Office", "Excel", "OfficeExtension"] as const;

export function installSimulatedHost(options: InstallOptions = {}): SimHandle {
  const target = options.target ?? (globalThis as unknown as Record<string, unknown>);
  const host = new HostState(options);
  const previous = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  target.Office = createOfficeNamespace(host);
  target.Excel = createExcelNamespace(host);
  target.OfficeExtension = createOfficeExtensionNamespace();
  return new SimHandle(host, () => {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  });
}
