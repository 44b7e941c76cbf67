// "Fix all" and restore over 20,000 scattered cells, on Microsoft's Office.js client: each request
// and response is measured in real serialised UTF-8 bytes and held to Excel on the web's 5 MB.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { a1, exampleTable } from "./testSheets";

let sim: SimHandle;
afterAll(() => sim.uninstall());

const RECORDS = 5000;
const MB5 = 5 * 1024 * 1024;

describe("fix all and restore over 20,000 scattered cells", () => {
  it("every request and response stays under 5 MB in UTF-8 bytes, and restore puts every cell back", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
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
