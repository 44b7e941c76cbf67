// What each applyFixes changed, so restore() can undo the batches one by one, newest first. Kept in
// memory for the task pane's session: values, formulas and number formats of every changed cell,
// and the text the add-in wrote, so an undo can tell whether the user has changed the cell since.

export interface CellSnapshot {
  address: string; // local A1, e.g. "C5"
  value: unknown;
  formula: unknown;
  numberFormat: string;
  /** What the fix wrote; a cell that no longer holds it was edited since and is not undone. */
  written?: string;
}

export interface FixSnapshot {
  sheetName: string;
  cells: CellSnapshot[];
}

/** Undo levels kept; older batches are forgotten (each holds up to thousands of cells). */
export const UNDO_LEVELS = 20;

export class SnapshotStore {
  private steps: FixSnapshot[] = [];

  /** Records a batch as the newest undo step; a batch that changed nothing is not a step. */
  push(snapshot: FixSnapshot): void {
    if (snapshot.cells.length === 0) return;
    this.steps.push(snapshot);
    if (this.steps.length > UNDO_LEVELS) this.steps.shift();
  }

  /** The newest step, or null. */
  peek(): FixSnapshot | null {
    return this.steps[this.steps.length - 1] ?? null;
  }

  /** Replaces the newest step with what is left of it (an undo stopped part-way); empty drops it. */
  replaceTop(cells: CellSnapshot[]): void {
    const top = this.steps.pop();
    if (top && cells.length > 0) this.steps.push({ sheetName: top.sheetName, cells });
  }

  get depth(): number {
    return this.steps.length;
  }

  /** Rows moved or deleted on that sheet: its saved addresses no longer point at the same cells. */
  invalidate(sheetName: string): void {
    this.steps = this.steps.filter((step) => step.sheetName !== sheetName);
  }
}
