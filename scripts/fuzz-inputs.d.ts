// Types for scripts/fuzz-inputs.js (plain CommonJS so that `npm run fuzz` needs no TypeScript).
export interface FuzzInput {
  kind: string;
  bytes: Uint8Array;
  argv: string[];
}
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}
export function rng(seed: number): {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
};
export function seedFiles(): SeedFile[];
export function makeInput(seed: number, n: number, seeds: SeedFile[]): FuzzInput;
export function judge(
  main: (argv: string[], io: unknown) => Promise<number>,
  readCsv: (
    bytes: Uint8Array,
  ) => { ok: true; table: { rows: string[][] } } | { ok: false; error: { code: string } },
  input: FuzzInput,
): Promise<string[]>;
export interface Timing {
  n: number;
  /** Bytes read and written. */
  bytes: number;
  /** Process CPU time of main(), ms. */
  ms: number;
}
export const BUDGET: { floorMs: number; perMegabyteMs: number; timesMedian: number };
export function budgetMs(bytes: number): number;
export function overBudget<T extends Timing>(
  timings: readonly T[],
  allMs: ArrayLike<number>,
): (T & { problem: string })[];
