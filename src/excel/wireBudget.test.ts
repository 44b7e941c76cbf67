// Real request sizes on a Partner Center–sized sheet (5,000 records × ~155 columns), measured on
// the wire: Microsoft's Office.js client serialises every batch (including its own splitting of
// large writes) and the simulated workbook counts each request and response in UTF-8 bytes against
// Excel on the web's 5 MB limit, enforced separately in each direction.
import { installRealClientHost, type RealClientHandle } from "../simhost/wire/realClient";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";
import { exampleTable } from "./testSheets";

let sim: RealClientHandle;
afterEach(() => sim.uninstall());

const RECORDS = 5000;
const MB5 = 5 * 1024 * 1024;
/** Four fixable cells per record: 20,000 fixes. */
const FIXABLE: Record<string, string> = {
  Currency: "usd",
  "Customer Country": "USA",
  "Customer Name": " Contoso Ltd ",
  "Customer Domain Name": "https://www.contoso.com/about",
};

function bigSheet(withMistakes: boolean): string[][] {
  const header = templateHeader({ solutionColumns: 50, teamMemberColumns: 50 });
  const clean = exampleTable("clean");
  const sample = new Map(clean.rows[0].map((h, i) => [h, clean.rows[1][i]]));
  const rows = [header];
  for (let r = 0; r < RECORDS; r++) {
    const row = header.map((h) => (withMistakes ? FIXABLE[h] : undefined) ?? sample.get(h) ?? "");
    row[header.indexOf("Deal Name")] = `Deal ${r}`;
    rows.push(row);
  }
  return rows;
}

interface Figures {
  requests: number;
  /** The client's own release of references after each Excel.run (not counted in `requests`). */
  cleanups: number;
  totalRequest: number;
  largestRequest: number;
  largestResponse: number;
  errors: string[];
}

/** The round trips since `from` (an index into the wire log). */
function figures(from: number): Figures {
  return {
    requests: sim.requests.length,
    cleanups: sim.wire.requests.slice(from).filter((r) => r.cleanup).length,
    totalRequest: sim.requests.reduce((n, r) => n + r.requestBytes, 0),
    largestRequest: Math.max(...sim.requests.map((r) => r.requestBytes)),
    largestResponse: Math.max(...sim.requests.map((r) => r.responseBytes)),
    errors: sim.requests.flatMap((r) => (r.error ? [r.error] : [])),
  };
}

const report = (what: string, f: Figures) =>
  process.stdout.write(
    `${what}: ${f.requests} requests (+${f.cleanups} reference clean-ups), ${f.totalRequest} B sent in all, ` +
      `largest request ${f.largestRequest} B, largest response ${f.largestResponse} B${
        f.errors.length ? `, errors ${f.errors.join(", ")}` : ""
      }\n`,
  );

describe("real wire sizes on 5,000 × ~155 (Excel on the web, 5 MB each way)", () => {
  it("a check (read, then marks) stays within 5 MB in every request and response", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    sim.addSheet("Deals", bigSheet(true));
    sim.activate("Deals");
    sim.resetSyncCount();
    const from = sim.wire.requests.length;
    const outcome = await createWorkbookOps().check({ dateOrder: "auto" });
    const f = figures(from);
    report("check", f);
    expect(outcome.result.records).toBe(RECORDS);
    expect(outcome.highlightsFailed ?? false).toBe(false);
    expect(f.errors).toEqual([]);
    expect(f.largestRequest).toBeLessThan(MB5);
    expect(f.largestResponse).toBeLessThan(MB5);
  }, 120_000);

  it("fix all on 20,000 cells stays within 5 MB in every request", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    sim.addSheet("Deals", bigSheet(true));
    sim.activate("Deals");
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const fixable = result.findings.filter((x) => x.fix !== null && x.cell);
    expect(new Set(fixable.map((x) => x.cell)).size).toBe(RECORDS * Object.keys(FIXABLE).length);
    sim.resetSyncCount();
    const from = sim.wire.requests.length;
    const outcome = await ops.applyFixes(fixable).then(
      (r) => r,
      (e: { code?: string }) => ({ failed: e.code }),
    );
    const f = figures(from);
    report("fix all (20,000 cells)", f);
    expect(outcome).toEqual(expect.objectContaining({ changed: RECORDS * Object.keys(FIXABLE).length }));
    expect(f.errors).toEqual([]);
    expect(f.largestRequest).toBeLessThan(MB5);
  }, 120_000);
});
