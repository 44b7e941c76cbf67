// Public surface of the simulated Excel host (tests import from here).
export { installSimulatedHost, type InstallOptions } from "./install";
export { SimHandle, SimSheetView, type CellSnapshot } from "./handle";
export type { SimHostOptions, SimPlatform, SimTheme, RequestLogEntry } from "./host";
export { DEFAULT_PAYLOAD_LIMIT } from "./host";
export { OfficeExtensionError } from "./errors";
export * as SimLimits from "./limits";
