// Marks findings with conditional formats, never with cell formatting.
//
// Why conditional formats: they sit on top of the cells without touching the user's fills, fonts
// or number formats, so clearing them (deleting our rules) leaves every cell exactly as it was,
// with no snapshot to keep (a snapshot of fills would be lost when the task pane reloads, and
// Office.js cannot round-trip every fill: patterns, gradients, theme tints). Each rule is a
// custom formula that is always TRUE and carries a marker string, so our rules are recognised
// later, even in another session, and the user's own conditional formats are never touched.
// One rule per severity per batch of addresses (an address string is capped at 8,192 chars).
import type { Finding, Severity } from "../core/types";
import { MAX_ADDRESS_CHARS, batchAreas, cellsToAreas, parseCell, type CellRef } from "./address";

export const MARK_PREFIX = "cosell-check:";
export const MARK_COLORS: Record<Severity, string> = {
  error: "#FFC7CE", // Excel's "light red fill"
  warning: "#FFEB9C", // Excel's "yellow fill"
  notice: "#DDEBF7", // a pale blue, lighter still
};
/**
 * Characters per rule's address: a margin under Excel's 8,192, which it does not refuse but
 * truncates (a truncated address would silently leave cells unmarked).
 */
export const MARK_ADDRESS_CHARS = MAX_ADDRESS_CHARS - 512;
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Always TRUE (N of a text is 0); the text identifies the rule as ours. */
export function markFormula(severity: Severity): string {
  return `=N("${MARK_PREFIX}${severity}")=0`;
}

/**
 * Finding our rules takes two loads: the id and type of every conditional format on the sheet,
 * then the formula of the custom ones (reading `custom` of another type is an error, and
 * `customOrNullObject` is not available on every host). Loading `id` matters: items loaded
 * without it are addressed by index (GetItemAt), and after one deletion in a batch the next index
 * points at another rule, possibly the user's own.
 */
export function loadFormatTypes(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/id,items/type");
  return formats;
}

export interface CustomRule {
  id: string;
  rule: Excel.ConditionalFormatRule;
}

/** After loadFormatTypes' request: queues the formulas of the custom rules. */
export function loadCustomRules(formats: Excel.ConditionalFormatCollection): CustomRule[] {
  return formats.items
    .filter((format) => format.type === Excel.ConditionalFormatType.custom)
    .map((format) => ({ id: format.id, rule: format.custom.rule.load("formula") }));
}

export function isOurRule(rule: Excel.ConditionalFormatRule): boolean {
  return String(rule.formula).toLowerCase().includes(MARK_PREFIX);
}

/** After loadCustomRules' request: the ids of our marks. */
export function ourMarkIds(rules: readonly CustomRule[]): string[] {
  return rules.filter((r) => isOurRule(r.rule)).map((r) => r.id);
}

/** Queues deletion of conditional formats by id (never by position: positions shift as rules go). */
export function deleteMarks(formats: Excel.ConditionalFormatCollection, ids: readonly string[]): number {
  ids.forEach((id) => formats.getItem(id).delete());
  return ids.length;
}

/** Each finding's cell with its most severe finding (one mark per cell). */
export function cellsBySeverity(findings: readonly Finding[]): Record<Severity, CellRef[]> {
  const best = new Map<string, { cell: CellRef; severity: Severity }>();
  for (const f of findings) {
    const cell = f.cell ? parseCell(f.cell) : null;
    if (!cell) continue;
    const key = `${cell.row},${cell.col}`;
    const seen = best.get(key);
    if (!seen || RANK[f.severity] < RANK[seen.severity]) best.set(key, { cell, severity: f.severity });
  }
  const out: Record<Severity, CellRef[]> = { error: [], warning: [], notice: [] };
  for (const { cell, severity } of best.values()) out[severity].push(cell);
  return out;
}

/** Queues our rules for the findings; returns the number of rules added. */
export function addMarks(sheet: Excel.Worksheet, findings: readonly Finding[]): number {
  const cells = cellsBySeverity(findings);
  let added = 0;
  for (const severity of ["notice", "warning", "error"] as const) {
    for (const address of batchAreas(cellsToAreas(cells[severity]), MARK_ADDRESS_CHARS)) {
      // A new rule already goes on top of the user's own (priority 0) and does not stop them:
      // no priority or stopIfTrue writes, which make Excel reorder every rule on the sheet.
      const format = sheet.getRanges(address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = markFormula(severity);
      format.custom.format.fill.color = MARK_COLORS[severity];
      added++;
    }
  }
  return added;
}
