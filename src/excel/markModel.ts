// What the add-in knows about the marks it wrote on a sheet: each rule's id, severity and cells.
// With it, a live re-check rewrites only the rules that hold a cell whose mark changed (delete by
// id, write again without that cell) and adds rules for newly marked cells: one request, no
// lookup of the sheet's rules first.
import type { Finding, Severity } from "../core/types";
import { rectA1, type CellRef } from "./address";
import { MARK_ADDRESS_CHARS, MARK_COLORS, cellsBySeverity, markFormula } from "./highlight";

export interface MarkRule {
  id: string;
  severity: Severity;
  cells: CellRef[];
}

export interface MarkModel {
  rules: MarkRule[];
  /** Ids of the user's own custom rules on the sheet when the marks were last replaced. */
  others: string[];
}

/** Notices first, errors last: the order the whole check writes them in. */
const SEVERITIES = ["notice", "warning", "error"] as const;

const key = (c: CellRef) => `${c.row},${c.col}`;

/** Vertical runs per column with the cells of each, packed into address strings of at most `limit`. */
export function packCells(
  cells: readonly CellRef[],
  limit = MARK_ADDRESS_CHARS,
): { address: string; cells: CellRef[] }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { area: string; cells: CellRef[] }[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].col === sorted[i].col && sorted[j].row === sorted[j - 1].row + 1)
      j++;
    runs.push({ area: rectA1(sorted[i].row, sorted[i].col, j - i, 1), cells: sorted.slice(i, j) });
    i = j;
  }
  const out: { address: string; cells: CellRef[] }[] = [];
  let current: { address: string; cells: CellRef[] } | null = null;
  for (const run of runs) {
    if (current && current.address.length + 1 + run.area.length <= limit) {
      current.address = `${current.address},${run.area}`;
      current.cells.push(...run.cells);
    } else {
      current = { address: run.area, cells: [...run.cells] };
      out.push(current);
    }
  }
  return out;
}

/** Queues one rule per packed address of a severity's cells; call the result after the sync for their ids. */
export function queueRules(
  sheet: Excel.Worksheet,
  severity: Severity,
  cells: readonly CellRef[],
): { count: number; done: () => MarkRule[] } {
  const queued = packCells(cells).map(({ address, cells: covered }) => {
    // Added on top of the user's rules by Excel itself: no priority or stopIfTrue writes.
    const format = sheet.getRanges(address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = markFormula(severity);
    format.custom.format.fill.color = MARK_COLORS[severity];
    format.load("id");
    return { format, cells: covered };
  });
  return {
    count: queued.length,
    done: () => queued.map(({ format, cells: covered }) => ({ id: format.id, severity, cells: covered })),
  };
}

/** Queues the marks of every finding; after the sync, the model of what was written. */
export function queueAllMarks(
  sheet: Excel.Worksheet,
  findings: readonly Finding[],
): { count: number; done: () => Omit<MarkModel, "others"> } {
  const cells = cellsBySeverity(findings);
  const pending = SEVERITIES.map((s) => queueRules(sheet, s, cells[s]));
  return {
    count: pending.reduce((n, p) => n + p.count, 0),
    done: () => ({ rules: pending.flatMap((p) => p.done()) }),
  };
}

/** The model's mark of each cell. */
export function markOf(model: MarkModel): Map<string, { severity: Severity; rule: MarkRule }> {
  const out = new Map<string, { severity: Severity; rule: MarkRule }>();
  for (const rule of model.rules)
    for (const cell of rule.cells) out.set(key(cell), { severity: rule.severity, rule });
  return out;
}

/**
 * Queues the change from the model's marks to `wanted` for the given cells (a cell absent from
 * `wanted` is unmarked): rules holding a changed cell are deleted and written again without it,
 * and the changed cells get rules of their new severity. After the sync, the new model.
 */
export function queueMarkUpdate(
  sheet: Excel.Worksheet,
  model: MarkModel,
  cells: readonly CellRef[],
  wanted: ReadonlyMap<string, Severity>,
): { writes: number; done: () => MarkModel } {
  const marks = markOf(model);
  const changed = new Set<string>();
  const rewrite = new Set<MarkRule>();
  const fresh: Record<Severity, CellRef[]> = { error: [], warning: [], notice: [] };
  for (const cell of cells) {
    const k = key(cell);
    if (changed.has(k)) continue;
    const now = marks.get(k);
    const want = wanted.get(k) ?? null;
    if ((now?.severity ?? null) === want) continue;
    changed.add(k);
    if (now) rewrite.add(now.rule);
    if (want) fresh[want].push(cell);
  }
  const formats = sheet.getRange().conditionalFormats;
  for (const rule of rewrite) {
    formats.getItem(rule.id).delete();
    for (const cell of rule.cells) if (!changed.has(key(cell))) fresh[rule.severity].push(cell);
  }
  const pending = SEVERITIES.map((s) => queueRules(sheet, s, fresh[s]));
  const kept = model.rules.filter((r) => !rewrite.has(r));
  return {
    writes: rewrite.size + pending.reduce((n, p) => n + p.count, 0),
    done: () => ({ rules: [...kept, ...pending.flatMap((p) => p.done())], others: model.others }),
  };
}

/**
 * Whether the rules Excel says cover one cell are the ones the model expects there (none of ours
 * but its mark's, nothing new): a paste can extend a rule or bring one along, and then only a
 * lookup of every rule will do.
 */
export function agreesAt(model: MarkModel, cell: CellRef, customIds: readonly string[]): boolean {
  const ours = new Set(model.rules.map((r) => r.id));
  const others = new Set(model.others);
  const expected = markOf(model).get(key(cell))?.rule.id ?? null;
  const oursHere = customIds.filter((id) => ours.has(id));
  if (customIds.some((id) => !ours.has(id) && !others.has(id))) return false;
  return expected === null ? oursHere.length === 0 : oursHere.length === 1 && oursHere[0] === expected;
}
