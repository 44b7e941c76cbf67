// The one hidden sheet that holds every dropdown list, each behind a workbook name, so long lists
// (countries, currencies, device categories) escape the 255-character limit of inline lists and
// the lists the user may edit (partner role, solution area, solution play) live in the workbook.
import { DEFAULT_SERVICE_LISTS, YES_NO, dropdownLists, type ServiceListKind } from "../core/catalogue";
import type { ServiceLists } from "../core/types";
import { quoteSheetName, rectA1 } from "./address";
import { resolveHeader } from "./columns";

export const LISTS_SHEET_NAME = "Co-sell lists";
export const NAME_PREFIX = "CosellList_";

export interface ListColumn {
  /** Row-1 title on the lists sheet; editable lists are found again by it. */
  title: string;
  values: string[];
  /** Workbook name (without prefix) the dropdowns refer to; null for the helper column. */
  key: string | null;
  editable: boolean;
}

const PLAY_AREA_TITLE = "Solution play's area";
const EDITABLE_TITLES: Record<ServiceListKind, string> = {
  "partner-role": "Partner role",
  "solution-area": "Solution area",
  "solution-play": "Solution play",
};

const sanitise = (text: string): string => text.replace(/[^A-Za-z0-9]+/g, "");
const isYesNo = (values: readonly string[]): boolean =>
  values.length === YES_NO.length && values.every((v, i) => v === YES_NO[i]);

function serviceKind(column: string): ServiceListKind | null {
  const type = resolveHeader(column)?.descriptor.type;
  return type?.kind === "service" ? type.list : null;
}

/** The list key (name suffix) a template column's dropdown uses, or null when it has none. */
export function listKeyFor(column: string): string | null {
  const kind = serviceKind(column);
  if (kind) return sanitise(EDITABLE_TITLES[kind]);
  const list = dropdownLists(DEFAULT_SERVICE_LISTS).find((d) => d.column === column);
  if (!list) return null;
  return isYesNo(list.values) ? "YesNo" : sanitise(column);
}

/** Every column of the lists sheet, fixed lists first, then the user's editable lists. */
export function listColumns(editable: ServiceLists = DEFAULT_SERVICE_LISTS): ListColumn[] {
  const columns: ListColumn[] = [];
  const seen = new Set<string>();
  for (const list of dropdownLists(DEFAULT_SERVICE_LISTS)) {
    if (serviceKind(list.column)) continue;
    const key = isYesNo(list.values) ? "YesNo" : sanitise(list.column);
    if (seen.has(key)) continue;
    seen.add(key);
    columns.push({
      title: key === "YesNo" ? "Yes/No" : list.column,
      values: list.values,
      key,
      editable: false,
    });
  }
  const plays = Object.entries(editable.solutionAreas).flatMap(([area, list]) =>
    list.map((play) => ({ area, play })),
  );
  columns.push(
    {
      title: EDITABLE_TITLES["partner-role"],
      values: editable.partnerRoles,
      key: "PartnerRole",
      editable: true,
    },
    {
      title: EDITABLE_TITLES["solution-area"],
      values: Object.keys(editable.solutionAreas),
      key: "SolutionArea",
      editable: true,
    },
    {
      title: EDITABLE_TITLES["solution-play"],
      values: plays.map((p) => p.play),
      key: "SolutionPlay",
      editable: true,
    },
    { title: PLAY_AREA_TITLE, values: plays.map((p) => p.area), key: null, editable: true },
  );
  return columns;
}

/**
 * What a workbook name refers to: exactly the list's cells. Editable lists are re-measured each
 * time dropdowns are applied (the check reads the sheet itself, so it sees edits at once). A
 * self-extending OFFSET/COUNTA name would be nicer but the list source must then be a formula,
 * which not every host accepts as a validation list; a fixed block works everywhere.
 */
export function nameFormula(columnIndex: number, column: ListColumn): string {
  const rows = Math.max(1, column.values.length);
  return `=${quoteSheetName(LISTS_SHEET_NAME)}!${rectA1(1, columnIndex, rows, 1, true)}`;
}

const cellString = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** The user's editable lists as the lists sheet holds them (found by their row-1 titles). */
export function readServiceLists(values: readonly (readonly unknown[])[]): ServiceLists | null {
  const titles = (values[0] ?? []).map(cellString);
  const column = (title: string): string[] => {
    const c = titles.indexOf(title);
    return c < 0 ? [] : values.slice(1).map((row) => cellString(row[c]));
  };
  if (!titles.includes(EDITABLE_TITLES["solution-area"])) return null;
  const areas = column(EDITABLE_TITLES["solution-area"]).filter(Boolean);
  const plays = column(EDITABLE_TITLES["solution-play"]);
  const playAreas = column(PLAY_AREA_TITLE);
  const solutionAreas: Record<string, string[]> = Object.fromEntries(areas.map((a) => [a, []]));
  plays.forEach((play, i) => {
    if (!play) return;
    const area = playAreas[i] ?? "";
    (solutionAreas[area] ??= []).push(play);
  });
  return { partnerRoles: column(EDITABLE_TITLES["partner-role"]).filter(Boolean), solutionAreas };
}

/**
 * Reading the editable lists takes two requests: whether the (loaded) lists sheet exists is known
 * after the first; its values are queued then and can be read after the next.
 */
export function queueListsRange(listsSheet: Excel.Worksheet): Excel.Range | null {
  if (listsSheet.isNullObject) return null;
  const used = listsSheet.getUsedRange(true);
  used.load("values");
  return used;
}
