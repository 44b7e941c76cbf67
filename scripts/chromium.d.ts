// Types for scripts/chromium.js (plain CommonJS so that `npm test` can run it before any build).
export interface FinderDeps {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (file: string) => boolean;
}
export type Plan =
  | { action: "use"; path: string }
  | { action: "install"; commands: [string, string[]][] }
  | { action: "stop"; message: string };
export function candidates(deps: { env: Record<string, string | undefined>; platform: string }): string[];
export function findChromium(deps?: FinderDeps): string | undefined;
export function decide(deps?: FinderDeps & { uid?: number }): Plan;
export function isExecutable(file: string): boolean;
