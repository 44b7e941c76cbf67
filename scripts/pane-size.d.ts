// Types for scripts/pane-size.js (plain CommonJS: scripts/screenshots.js needs it without a build).
export const PANE_WIDTH: number;
export const PANE_FOLD: number;
