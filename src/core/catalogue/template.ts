import {
  DECLINED_LOST_REASONS,
  ERROR_REASONS,
  HELP_CODES,
  REASON_LIST_BY_SUBSTATUS,
  SALES_STAGES,
  YES_NO,
} from "./codeLists";
import { COLUMNS, canonicalName } from "./columns";
import { allCountryCodes } from "./countries";
import { allCurrencyCodes } from "./currencies";
import type { ColumnDescriptor } from "./descriptor";
import { DEFAULT_SERVICE_LISTS } from "./serviceLists";
import type { ServiceLists } from "../types";

export interface TemplateOptions {
  solutionColumns?: number;
  teamMemberColumns?: number;
  microsoftTeamMemberColumns?: number;
}

/** The template header row in Partner Center's order, with the requested number of repeating columns. */
export function templateHeader(options: TemplateOptions = {}): string[] {
  const counts: Record<string, number> = {
    Solution: options.solutionColumns ?? 1,
    "Team member": options.teamMemberColumns ?? 1,
    "Microsoft team member": options.microsoftTeamMemberColumns ?? 1,
  };
  const header: string[] = [];
  for (const column of COLUMNS) {
    if (!column.repeat) {
      header.push(column.name);
      continue;
    }
    const count = Math.min(counts[column.name] ?? 1, column.repeat.max);
    for (let n = 1; n <= count; n++) header.push(canonicalName(column, n));
  }
  return header;
}

export interface DropdownList {
  /** Canonical column name (repeating columns do not get dropdowns). */
  column: string;
  values: string[];
  /** Explains codes or the rule behind the list; at most 255 characters (Excel's input-message limit). */
  note: string;
  /** Reason codes differ per substatus: the subset allowed for each. */
  bySubstatus?: Record<string, string[]>;
}

const codes = (list: readonly { code: number }[]) => list.map((e) => String(e.code));

const REASON_NOTE =
  "Declined/Lost: 1 budget, 2 no response, 3 other vendor, 4 needs not met, 5 not a customer, " +
  "6 short timeline, 7 abuse/spam, 8 others. Error: 1-3 duplicate (bulk upload, PC, " +
  "Microsoft), 4 sync, 5 matching, 6 solution, 7 test, 8 data, 9 others.";

const HELP_NOTE =
  "Only when Microsoft help required? is Yes. 1 workload value proposition, 2 technical architecture, " +
  "3 proof of concept/demo, 4 quotes and licensing, 5 post-sales success, 6 general or other.";

function enumNote(descriptor: ColumnDescriptor): string {
  return descriptor.description.slice(0, 255);
}

/** Allowed values for a column, or null when the column is free text or composite. */
export function allowedValues(
  columnName: string,
  lists: ServiceLists = DEFAULT_SERVICE_LISTS,
): string[] | null {
  const list = dropdownLists(lists).find((d) => d.column === columnName);
  return list ? list.values : null;
}

/** Every column that has a closed (or default) list of values, for dropdowns in Excel. */
export function dropdownLists(lists: ServiceLists = DEFAULT_SERVICE_LISTS): DropdownList[] {
  const result: DropdownList[] = [];
  for (const descriptor of COLUMNS) {
    const type = descriptor.type;
    const column = descriptor.name;
    if (descriptor.repeat || descriptor.readOnly === "always") continue;
    switch (type.kind) {
      case "yes-no":
        result.push({ column, values: [...YES_NO], note: enumNote(descriptor) });
        break;
      case "enum":
        result.push({ column, values: [...type.values], note: enumNote(descriptor) });
        break;
      case "sales-stage":
        result.push({ column, values: [...SALES_STAGES], note: enumNote(descriptor) });
        break;
      case "country":
        result.push({ column, values: allCountryCodes(), note: enumNote(descriptor) });
        break;
      case "currency":
        result.push({ column, values: allCurrencyCodes(), note: enumNote(descriptor) });
        break;
      case "code":
        if (type.list === "help") result.push({ column, values: codes(HELP_CODES), note: HELP_NOTE });
        else
          result.push({
            column,
            values: codes(ERROR_REASONS),
            note: REASON_NOTE,
            bySubstatus: Object.fromEntries(
              Object.entries(REASON_LIST_BY_SUBSTATUS).map(([substatus, list]) => [substatus, codes(list)]),
            ),
          });
        break;
      case "service": {
        const values =
          type.list === "partner-role"
            ? lists.partnerRoles
            : type.list === "solution-area"
              ? Object.keys(lists.solutionAreas)
              : Object.values(lists.solutionAreas).flat();
        if (values.length > 0) result.push({ column, values: [...values], note: enumNote(descriptor) });
        break;
      }
      default:
        break;
    }
  }
  return result;
}

/** Declined/Lost codes (1–8) and Error codes (1–9), for callers that show them separately. */
export const REASON_CODE_LISTS = { declinedLost: DECLINED_LOST_REASONS, error: ERROR_REASONS } as const;
