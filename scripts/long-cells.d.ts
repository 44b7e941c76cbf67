// Types for scripts/long-cells.js (plain CommonJS, shared by npm run bench and npm run fuzz).
export const LONG_CELLS: Readonly<Record<string, (length: number) => string>>;
