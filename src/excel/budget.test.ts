// Request budgets on a Partner Center–sized sheet: 5,000 records × ~155 columns.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { partnerCenterSizedSheet } from "./testSheets";
import { MARK_PREFIX } from "./highlight";

let sim: SimHandle;
afterAll(() => sim.uninstall());

const RECORDS = 5000;
const MB5 = 5 * 1024 * 1024;

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
      sim = installRealClientHost({ sheets: ["Sheet1"], platform });
      const rows = partnerCenterSizedSheet(RECORDS);
      const cells = rows.length * rows[0].length;
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
