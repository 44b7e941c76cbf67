// What each change the add-in made to cells was, so restore() can undo them one by one, newest
// first. Kept in memory for the task pane's session. For fixes: values, formulas and number formats
// of every changed cell, and the text the add-in wrote, so an undo can tell whether the user has
// changed the cell since. For "Keep only failed rows": where the moved rows were.

export interface CellSnapshot {
  address: string; // local A1, e.g. "C5"
  value: unknown;
  formula: unknown;
  numberFormat: string;
  /** What the fix wrote; a cell that no longer holds it was edited since and is not undone. */
  written?: string;
}

export interface FixSnapshot {
  kind?: "fixes";
  sheetName: string;
  cells: CellSnapshot[];
}

export interface KeepFailedStep {
  kind: "keepFailed";
  sheetName: string;
  /** The sheet the accepted rows were moved to (header in its first row). */
  movedTo: string;
  /** The table's top-left cell, 0-based, and its width in columns. */
  top: number;
  left: number;
  width: number;
  /** The moved table rows as [first, count] runs, ascending, in the table as it was. */
  runs: Array<[number, number]>;
  /** The row after the sheet's last value once the rows were moved (0: no values). */
  valuesEnd: number;
}

export type UndoStep = FixSnapshot | KeepFailedStep;

/** Undo levels kept; older batches are forgotten (each holds up to thousands of cells). */
export const UNDO_LEVELS = 20;

export class SnapshotStore {
  private steps: UndoStep[] = [];

  /** Records a change as the newest undo step; a batch of fixes that changed nothing is not a step. */
  push(step: UndoStep): void {
    if (step.kind !== "keepFailed" && step.cells.length === 0) return;
    this.steps.push(step);
    if (this.steps.length > UNDO_LEVELS) this.steps.shift();
  }

  /** The newest step, or null. */
  peek(): UndoStep | null {
    return this.steps[this.steps.length - 1] ?? null;
  }

  /** Drops the newest step (undone, or no longer possible). */
  pop(): void {
    this.steps.pop();
  }

  /** Replaces the newest (fixes) step with what is left of it (an undo stopped part-way). */
  replaceTop(cells: CellSnapshot[]): void {
    const top = this.steps.pop();
    if (top && top.kind !== "keepFailed" && cells.length > 0)
      this.steps.push({ sheetName: top.sheetName, cells });
  }

  get depth(): number {
    return this.steps.length;
  }

  /** Rows moved or deleted on that sheet: its saved addresses no longer point at the same cells. */
  invalidate(sheetName: string): void {
    this.steps = this.steps.filter((step) => step.sheetName !== sheetName);
  }
}
