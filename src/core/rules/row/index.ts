import { accountMatchColumns, accountMatchReview } from "../../processed/accountMatch";
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

type PreparedRule = (row: RowView, out: Finding[]) => void;

/**
 * The rules that judge a record on its own, in the order they report: `before` the cross-row
 * duplicates and `after` them (edits compare with the original file, still one row at a time).
 */
export function rowRuleParts(
  env: RowEnv,
  original?: Table,
): { before: PreparedRule[]; after: PreparedRule[] } {
  const stateless = [helpRequested, consentGiven, statusPair, reasonCode, servicesTrio, raggedRow];
  const before = [
    requiredCells(env),
    ...stateless.map(
      (rule): PreparedRule =>
        (row, out) =>
          rule(env, row, out),
    ),
  ];
  const accountMatch = accountMatchColumns(env.indexOf);
  if (accountMatch) before.push(accountMatchReview(env, accountMatch));
  return { before, after: original ? [editTracker(env, original)] : [] };
}

/** Every row rule, prepared for one check (the duplicate tracker keeps its Map across rows). */
export function rowRules(env: RowEnv, original?: Table): PreparedRule[] {
  const { before, after } = rowRuleParts(env, original);
  return [...before, duplicateTracker(env), ...after];
}
