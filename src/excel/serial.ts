// One workbook operation at a time: the pane's operations and the live re-checks take turns, so a
// re-check never writes marks in the middle of a check that replaces them.
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
