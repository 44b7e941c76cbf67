import type { CellIssue } from "../../messages";

/**
 * What a value rule says about one trimmed, non-empty cell value: a code with the params its
 * registry record declares (and a fix when its message shows one), typed per code.
 */
export type ValueIssue = CellIssue;

/** A rule for one column's values: called only with trimmed, non-empty text; null = fine. */
export type ValueRule = (value: string) => ValueIssue | null;
