// Types for scripts/pane-host.js (plain CommonJS: the measurement scripts run it without a build).
import type { Browser, Page } from "playwright-core";
export const distDir: string;
export const playgroundDir: string;
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}
export function serveBuilds(dirs?: string[]): Promise<StaticServer>;
export function launchChromium(): Promise<Browser>;
export function routeOfficeJs(page: Page, origin: string, officeJs: string): Promise<string[]>;
export function simulatedOfficeJs(): string;
