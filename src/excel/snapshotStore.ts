// What applyFixes changed, so restore() can put it back. Kept in memory for the task pane's
// session: values, formulas and number formats of every changed cell.

export interface CellSnapshot {
  address: string; // local A1, e.g. "C5"
  value: unknown;
  formula: unknown;
  numberFormat: string;
}

export interface FixSnapshot {
  sheetName: string;
  cells: CellSnapshot[];
}

export class SnapshotStore {
  private current: FixSnapshot | null = null;

  set(snapshot: FixSnapshot | null): void {
    this.current = snapshot && snapshot.cells.length > 0 ? snapshot : null;
  }

  get(): FixSnapshot | null {
    return this.current;
  }

  /** Rows moved or deleted on that sheet: the saved addresses no longer point at the same cells. */
  invalidate(sheetName: string): void {
    if (this.current?.sheetName === sheetName) this.current = null;
  }
}
