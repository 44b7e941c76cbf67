import type { Finding, Table } from "../../types";
import { consentGiven } from "./consent";
import { duplicateTracker } from "./duplicates";
import { editTracker } from "./edits";
import type { RowEnv, RowView } from "./env";
import { helpRequested } from "./helpRequested";
import { raggedRow } from "./raggedRow";
import { reasonCode } from "./reasonCode";
import { requiredCells } from "./required";
import { servicesTrio } from "./services";
import { statusPair } from "./statusPair";

export type { RowEnv, RowView } from "./env";

/** Every row rule, prepared for one check (the stateful ones keep their Maps across rows). */
export function rowRules(env: RowEnv, original?: Table): ((row: RowView, out: Finding[]) => void)[] {
  const stateless = [helpRequested, consentGiven, statusPair, reasonCode, servicesTrio, raggedRow];
  const rules = [
    requiredCells(env),
    ...stateless.map((rule) => (row: RowView, out: Finding[]) => rule(env, row, out)),
    duplicateTracker(env),
  ];
  if (original) rules.push(editTracker(env, original));
  return rules;
}
