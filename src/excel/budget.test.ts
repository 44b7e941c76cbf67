// Request budgets on a Partner Center–sized sheet: 5,000 records × ~155 columns.
import { installSimulatedHost, type SimHandle } from "../simhost";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";
import { a1, exampleTable } from "./testSheets";
import { MARK_PREFIX } from "./highlight";

let sim: SimHandle;
afterAll(() => sim.uninstall());

const RECORDS = 5000;
const MB5 = 5 * 1024 * 1024;

function bigSheet(): { rows: string[][]; cells: number } {
  const header = templateHeader({ solutionColumns: 50, teamMemberColumns: 50 });
  const clean = exampleTable("clean");
  const sample = new Map(clean.rows[0].map((h, i) => [h, clean.rows[1][i]]));
  const rows = [header];
  for (let r = 0; r < RECORDS; r++) {
    const row = header.map((h) => sample.get(h) ?? "");
    row[header.indexOf("Deal Name")] = `Deal ${r}`;
    // Every 10th record has a mistake the checker reports in a cell.
    if (r % 10 === 0) row[header.indexOf("Currency")] = "usd";
    if (r % 25 === 0) row[header.indexOf("Customer Country")] = "USA";
    rows.push(row);
  }
  return { rows, cells: rows.length * header.length };
}

describe("budgets on 5,000 × ~155", () => {
  it.each([
    { platform: "PC" as const, notes: "desktop: 100,000-cell chunks" },
    {
      platform: "OfficeOnline" as const,
      notes: "Excel on the web: a smaller first chunk, then sized by bytes",
    },
  ])(
    "check (read + validate, then marks) stays within ceil(cells / 100,000) + 5 requests, none over 5 MB: $notes",
    async ({ platform }) => {
      sim?.uninstall();
      sim = installSimulatedHost({ sheets: ["Sheet1"], platform });
      const { rows, cells } = bigSheet();
      sim.addSheet("Deals", rows);
      sim.activate("Deals");
      expect(rows[0].length).toBeGreaterThanOrEqual(155);
      const ops = createWorkbookOps();
      sim.resetSyncCount();
      const progress: number[] = [];
      const outcome = await ops.check({ dateOrder: "auto" }, { onProgress: (p) => progress.push(p.done) });
      // Read: 1 + one per chunk (+1 on the web, whose first chunk is smaller). Marks, a run of their
      // own: format types, custom formulas (only when the sheet has custom rules), writes.
      const budget = Math.ceil(cells / 100_000) + 5;
      expect(sim.syncCount).toBeLessThanOrEqual(budget);
      const firstCheck = sim.syncCount;
      expect(Math.max(...sim.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(
        MB5,
      );
      expect(outcome.result.records).toBe(RECORDS);
      expect(outcome.result.findings.filter((f) => f.column === "Currency").length).toBe(RECORDS / 10);
      expect(progress[progress.length - 1]).toBe(RECORDS);
      const marks = sim
        .sheet("Deals")
        .conditionalFormats()
        .filter((cf) => (cf.formula ?? "").includes(MARK_PREFIX));
      expect(marks.length).toBeGreaterThan(0);
      // Report the figures (visible with --verbose).
      process.stdout.write(
        `check on ${platform}: ${cells} cells, ${sim.syncCount} syncs (budget ${budget}), largest request ${Math.max(
          ...sim.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)),
        )} bytes, ${marks.length} mark rules\n`,
      );

      sim.resetSyncCount();
      await ops.check({ dateOrder: "auto" });
      expect(sim.syncCount).toBeLessThanOrEqual(budget);
      process.stdout.write(
        `check again (old marks replaced): ${sim.syncCount} syncs (first ${firstCheck})\n`,
      );

      sim.resetSyncCount();
      const files = await ops.buildCsv({ split: true, bom: false, dateOrder: "auto" });
      expect(files.map((f) => f.records)).toEqual([1000, 1000, 1000, 1000, 1000]);
      // shape + chunks (+1 on the web, whose first chunk is smaller)
      expect(sim.syncCount).toBeLessThanOrEqual(Math.ceil(cells / 100_000) + 2);
      process.stdout.write(`buildCsv: ${sim.syncCount} syncs\n`);

      sim.resetSyncCount();
      await ops.applyDropdowns();
      expect(sim.syncCount).toBeLessThanOrEqual(3);
      // Bounded by the columns, not the rows: far under the limit.
      expect(Math.max(...sim.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(
        MB5 / 4,
      );
    },
    120_000,
  );
});

describe("fix all and restore over 20,000 scattered cells", () => {
  it("every request and response stays under 5 MB in UTF-8 bytes, and restore puts every cell back", async () => {
    sim?.uninstall();
    sim = installSimulatedHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    const clean = exampleTable("clean");
    const header = clean.rows[0];
    // Four fixable cells per record, in four columns: each is a range of its own on the wire.
    const mistakes: Record<string, string> = {
      Currency: "usd",
      "Customer Country": "USA",
      "Share with Microsoft sales team": "yes",
      "Customer Name": " Contoso Ltd ",
    };
    const rows = [header];
    for (let r = 0; r < RECORDS; r++) {
      const row = header.map((h, i) => mistakes[h] ?? clean.rows[1][i]);
      row[header.indexOf("Deal Name")] = `Deal ${r}`;
      rows.push(row);
    }
    sim.addSheet("Deals", rows);
    sim.activate("Deals");
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    expect(fixable.length).toBe(RECORDS * 4);
    const largest = () => Math.max(...sim.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));

    sim.resetSyncCount();
    const { changed } = await ops.applyFixes(fixable);
    expect(changed).toBe(20_000);
    expect(sim.requests.every((r) => r.error === undefined)).toBe(true);
    expect(largest()).toBeLessThan(MB5);
    const fixRequests = sim.syncCount;
    const fixLargest = largest();
    const deals = sim.sheet("Deals");
    const cur = header.indexOf("Currency");
    const currencies = () => rows.slice(1).map((_, r) => deals.cell(a1(r + 1, cur)).value);
    expect(currencies().every((v) => v === "USD")).toBe(true);

    sim.resetSyncCount();
    const { restored } = await ops.restore();
    expect(restored).toBe(20_000);
    expect(largest()).toBeLessThan(MB5);
    expect(currencies().every((v) => v === "usd")).toBe(true);
    process.stdout.write(
      `fix all on 20,000 cells: ${fixRequests} requests, largest ${fixLargest} bytes; restore: ${sim.syncCount} requests, largest ${largest()} bytes\n`,
    );
  }, 120_000);
});
