// Types for scripts/test-setup.js.
export interface SetupDeps {
  env: Record<string, string | undefined>;
  platform: string;
  uid: number | undefined;
  exists: (file: string) => boolean;
  run: (command: string, args: string[]) => number;
  out: (text: string) => void;
  err: (text: string) => void;
}
export function setup(deps: SetupDeps): number;
