// The finding registry: one record per code (severity, parameters, English title and message).
// Everything else about a code is derived from here or keyed to it (translations in the pane).
import type { Severity } from "../../types";
import type { FindingRecord, ParamsFor, SurfaceText } from "../spec";
import { CELL_FINDINGS } from "./cell";
import { DATES_FINDINGS } from "./dates";
import { FILE_FINDINGS } from "./file";
import { HEADER_FINDINGS } from "./header";
import { ROWS_FINDINGS } from "./rows";
import { VALUES_FINDINGS } from "./values";

export const FINDINGS = {
  ...FILE_FINDINGS,
  ...HEADER_FINDINGS,
  ...CELL_FINDINGS,
  ...VALUES_FINDINGS,
  ...DATES_FINDINGS,
  ...ROWS_FINDINGS,
} as const;

export type FindingCode = keyof typeof FINDINGS;

/** The params a rule passes for `code` (names and types from its record). */
export type FindingParams<C extends FindingCode> = ParamsFor<(typeof FINDINGS)[C]["params"]>;

export const FINDING_CODES = Object.keys(FINDINGS) as FindingCode[];

/** A code of this registry (and not an inherited property such as "toString")? */
export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDINGS, code);
}

function project<K extends "severity" | "message" | "title">(
  key: K,
): { [C in FindingCode]: (typeof FINDINGS)[C][K] } {
  const out: Record<string, unknown> = {};
  for (const code of FINDING_CODES) out[code] = FINDINGS[code][key];
  return out as { [C in FindingCode]: (typeof FINDINGS)[C][K] };
}

/** Each code's usual severity. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = project("severity");
/** English message templates, by code. */
export const en: Readonly<Record<FindingCode, string>> = project("message");
/** English rule titles, by code. */
export const EN_TITLES: Readonly<Record<FindingCode, string>> = project("title");

/** What to do, per surface, for the codes whose record has an action (else undefined). */
export function actionOf(code: string): SurfaceText | undefined {
  if (!isFindingCode(code)) return undefined;
  const record: FindingRecord = FINDINGS[code];
  return record.action;
}
