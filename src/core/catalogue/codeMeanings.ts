// The lists a column's values come from, with what each code means, for the pane's help
// ("What does this mean?"): built from the catalogue's own lists, so help never disagrees with
// the checker. Numeric codes carry their label; statuses the substatuses they allow; substatuses
// the statuses they go with; sales stages their percentage. Names (device categories, silicon
// types, Yes/No, …) are their own meaning.
import {
  DECLINED_LOST_REASONS,
  ERROR_REASONS,
  HELP_CODES,
  PARTNER_STATUSES,
  PARTNER_SUBSTATUSES,
  SALES_STAGES,
  SUBSTATUSES_BY_STATUS,
  TERMINAL_SUBSTATUSES,
  YES_NO,
  type CodeListEntry,
} from "./codeLists";
import type { ColumnDescriptor } from "./descriptor";

/** Lists of numbered codes whose labels Partner Center defines (and the pane translates). */
export type LabelListId = "declined-lost-reasons" | "error-reasons" | "help-codes";

export const LABEL_LISTS: Readonly<Record<LabelListId, readonly CodeListEntry[]>> = {
  "declined-lost-reasons": DECLINED_LOST_REASONS,
  "error-reasons": ERROR_REASONS,
  "help-codes": HELP_CODES,
};

export type CodeMeaning =
  | { kind: "label"; list: LabelListId; code: string; label: string }
  | { kind: "status"; substatuses: readonly string[] }
  | { kind: "substatus"; statuses: readonly string[]; terminal: boolean }
  | { kind: "stage"; percent: number };

export interface CodeListShown {
  /** "values": allowed names, each its own meaning; every other list gives each code a meaning. */
  id: LabelListId | "statuses" | "substatuses" | "sales-stages" | "values";
  entries: ReadonlyArray<{ code: string; meaning: CodeMeaning | null }>;
}

function labelList(id: LabelListId): CodeListShown {
  return {
    id,
    entries: LABEL_LISTS[id].map((e) => ({
      code: String(e.code),
      meaning: { kind: "label", list: id, code: String(e.code), label: e.label },
    })),
  };
}

const STATUS_NAME = "Partner Referral Status";
const SUBSTATUS_NAME = "Partner Referral Substatus";

/** The lists shown for a column: none for free text, countries and currencies (too long to list). */
export function codeListsFor(column: ColumnDescriptor): CodeListShown[] {
  const type = column.type;
  if (type.kind === "code")
    return type.list === "help"
      ? [labelList("help-codes")]
      : [labelList("declined-lost-reasons"), labelList("error-reasons")];
  if (type.kind === "sales-stage")
    return [
      {
        id: "sales-stages",
        entries: SALES_STAGES.map((s) => ({ code: s, meaning: { kind: "stage", percent: Number(s) } })),
      },
    ];
  if (column.name === STATUS_NAME)
    return [
      {
        id: "statuses",
        entries: PARTNER_STATUSES.map((s) => ({
          code: s,
          meaning: { kind: "status", substatuses: SUBSTATUSES_BY_STATUS[s] ?? [] },
        })),
      },
    ];
  if (column.name === SUBSTATUS_NAME)
    return [
      {
        id: "substatuses",
        entries: PARTNER_SUBSTATUSES.map((sub) => ({
          code: sub,
          meaning: {
            kind: "substatus",
            statuses: PARTNER_STATUSES.filter((s) => (SUBSTATUSES_BY_STATUS[s] ?? []).includes(sub)),
            terminal: TERMINAL_SUBSTATUSES.includes(sub),
          },
        })),
      },
    ];
  if (type.kind === "enum")
    return [{ id: "values", entries: type.values.map((v) => ({ code: v, meaning: null })) }];
  if (type.kind === "yes-no")
    return [{ id: "values", entries: YES_NO.map((v) => ({ code: v, meaning: null })) }];
  return [];
}
