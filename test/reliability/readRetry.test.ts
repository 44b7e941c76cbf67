// A chunked read Excel refuses is read again in halves (src/excel/readRetry.ts), on Microsoft's
// Office.js client with the simulated workbook failing every read over a given size.
import { createWorkbookOps } from "../../src/excel";
import { exampleTable } from "../../src/excel/testSheets";
import { writeCsv } from "../../src/core/csv";
import type { SimHandle } from "../../src/simhost";
import { installRealClientHost } from "../../src/simhost/wire/realClient";
import { createTranslator } from "../../src/taskpane/i18n/translate";
import { friendlyError } from "../../src/taskpane/state/friendlyError";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const RECORDS = 2000;

/** 2,000 records of the clean example (~40 columns, 80,000 cells: one chunk), every 10th with "usd". */
function setUp(failReads: { overCells: number; code: string } | null) {
  sim = installRealClientHost({ sheets: ["Sheet1"], failReads });
  const clean = exampleTable("clean");
  const header = clean.rows[0];
  const rows = [header];
  for (let r = 0; r < RECORDS; r++) {
    const row = [...clean.rows[1]];
    row[header.indexOf("Deal Name")] = `Deal ${r}`;
    if (r % 10 === 0) row[header.indexOf("Currency")] = "usd";
    rows.push(row);
  }
  sim.addSheet("Deals", rows);
  sim.activate("Deals");
  return header.length;
}

async function checkAndSave() {
  const ops = createWorkbookOps();
  const { result } = await ops.check({ dateOrder: "auto", highlight: false });
  const files = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
  return { findings: result.findings.map((f) => `${f.code} ${f.cell}`), records: result.records, files };
}

describe("a refused chunk is read again in halves", () => {
  it.each([
    {
      code: "GeneralException",
      notes: "what Excel on the web answers for a read it finds too large, whatever the documented limit",
    },
    { code: "ResponsePayloadSizeLimitExceeded", notes: "the documented 5 MB response limit" },
  ])(
    "check and save give the same findings and file when reads over 20,000 cells fail: $notes",
    async ({ code }) => {
      setUp(null);
      const expected = await checkAndSave();
      sim.uninstall();
      const columns = setUp({ overCells: 20_000, code });
      sim.resetSyncCount();
      const got = await checkAndSave();
      expect(got.records).toBe(RECORDS);
      expect(got.findings).toEqual(expected.findings);
      expect(got.findings.filter((f) => f.startsWith("not-canonical"))).toHaveLength(RECORDS / 10);
      expect(got.files).toEqual(expected.files);
      const refused = sim.requests.filter((r) => r.error === code).length;
      expect(refused).toBeGreaterThan(0);
      // 80,000 cells → 40,000 → 20,000: two refusals a read, then chunks no bigger than what worked;
      // check reads the sheet once, save twice (to count errors, then to build the file).
      expect(refused).toBeLessThanOrEqual(3 * 2);
      expect(columns).toBeGreaterThan(10);
    },
  );

  it("the file kept by Open CSV is read again in halves too (check compares the sheet with it)", async () => {
    setUp(null);
    const clean = exampleTable("clean");
    const table = [clean.rows[0], ...Array.from({ length: RECORDS }, () => clean.rows[1])];
    const bytes = new TextEncoder().encode(writeCsv({ rows: table }));
    const ops = createWorkbookOps();
    const opened = await ops.openCsv({ name: "deals.csv", bytes });
    expect(opened.ok).toBe(true);
    const expected = (await ops.check({ dateOrder: "auto", highlight: false })).result.findings;
    sim.configure({ failReads: { overCells: 20_000, code: "GeneralException" } });
    sim.resetSyncCount();
    const { result } = await ops.check({ dateOrder: "auto", highlight: false });
    expect(result.findings).toEqual(expected);
    // Both the sheet and the kept original were refused at first.
    expect(sim.requests.filter((r) => r.error === "GeneralException").length).toBeGreaterThanOrEqual(2);
  });

  it("gives one sentence naming the rows when even the smallest chunk is refused, and changes nothing", async () => {
    // The header row (~40 cells) can be read; no chunk of records can.
    setUp({ overCells: 200, code: "GeneralException" });
    const error = await createWorkbookOps()
      .check({ dateOrder: "auto" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "ReadFailed", firstRow: 2, excelCode: "GeneralException" });
    const sentence = friendlyError(error, createTranslator("en"));
    expect(sentence).toMatch(/^Excel could not send rows 2–\d+ of the sheet, even a few at a time/);
    expect(sim.sheet("Deals").conditionalFormats()).toEqual([]);
  });

  it("an error that a smaller chunk cannot help (a protected or deleted sheet) is not retried", async () => {
    setUp({ overCells: 20_000, code: "ItemNotFound" });
    await expect(createWorkbookOps().check({ dateOrder: "auto" })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(sim.requests.filter((r) => r.error === "ItemNotFound")).toHaveLength(1);
  });
});
