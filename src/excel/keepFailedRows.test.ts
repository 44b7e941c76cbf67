// keepFailedRows and selectCell on the simulated host.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { undoKeepFailedRows } from "./undoKeepFailedRows";
import { SUCCEEDED_SHEET_NAME, keepFailedRows } from "./keepFailedRows";

let sim: SimHandle;

/** Accepted and failed rows alternate: every accepted row is a run of its own (a copy and a delete). */
function alternating(n: number): string[][] {
  const rows = [["Errors", "Deal Name"]];
  for (let i = 0; i < n; i++) rows.push(["", `Won ${i}`], [`Error ${i}`, ""]);
  return rows;
}
afterEach(() => sim.uninstall());

const processed = [
  ["Errors", "Deal Name", "Currency"],
  ["", "Won deal A", "USD"],
  ["Required field Solution 1 missing", "Failed B", "USD"],
  ["", "Won deal C", "EUR"],
  ["", "Won deal D", "GBP"],
  ["", "", ""],
  ["Invalid currency; Bad date", "Failed E", "usd"],
  ["", "Won deal F", "USD"],
];

function setUp() {
  sim = installRealClientHost({ sheets: ["Sheet1"] });
  sim.addSheet("Processed", processed);
  sim.setCell("Processed", "E1", "my note beside the table");
  sim.activate("Processed");
}

describe("keepFailedRows", () => {
  it("moves the accepted rows to a new sheet (copied before deleted) and keeps the failed ones, in few syncs", async () => {
    setUp();
    sim.resetSyncCount();
    const outcome = await createWorkbookOps().keepFailedRows();
    expect(sim.syncCount).toBe(4); // read shape, one chunk, copy, delete
    expect(outcome).toEqual({ kept: 2, moved: 4, movedTo: SUCCEEDED_SHEET_NAME });
    expect(sim.sheet(SUCCEEDED_SHEET_NAME).values("A1:C5")).toEqual([
      processed[0],
      processed[1],
      processed[3],
      processed[4],
      processed[7],
    ]);
    expect(sim.sheet("Processed").values("A1:C5")).toEqual([
      processed[0],
      processed[2],
      processed[5],
      processed[6],
      ["", "", ""],
    ]);
    expect(sim.sheet("Processed").cell("E1").value).toBe("my note beside the table");
  });

  it("run twice: nothing left to move the second time, no second sheet", async () => {
    setUp();
    const ops = createWorkbookOps();
    await ops.keepFailedRows();
    const again = await ops.keepFailedRows();
    expect(again).toEqual({ kept: 2, moved: 0, movedTo: "" });
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed", SUCCEEDED_SHEET_NAME]);
  });

  it("refuses a sheet without an Errors column and changes nothing", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.addSheet("Plain", [["Deal Name"], ["A"]]);
    sim.activate("Plain");
    await expect(createWorkbookOps().keepFailedRows()).rejects.toMatchObject({ code: "NoErrorsColumn" });
    expect(sim.sheetNames()).toEqual(["Sheet1", "Plain"]);
  });

  it("propagates a protected sheet's error after copying, so no row is lost, and takes the copy away", async () => {
    setUp();
    sim.protectSheet("Processed");
    await expect(createWorkbookOps().keepFailedRows()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sim.sheet("Processed").values("A1:C8")).toEqual(processed);
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
  });
});

describe("undoing Keep only failed rows", () => {
  it("puts every moved row back where it was, formats included, and deletes the copy sheet, in 2 syncs", async () => {
    setUp();
    sim.setCell("Processed", "B4", "Won deal C", "@"); // a user format on a moved row
    const before = sim.sheet("Processed").values("A1:C8");
    const ops = createWorkbookOps();
    await ops.keepFailedRows();
    expect(ops.canRestore()).toBe(true);
    sim.resetSyncCount();
    const outcome = await ops.restore();
    expect(sim.syncCount).toBe(2);
    expect(outcome).toEqual({
      restored: 0,
      changedSince: [],
      rowsBack: { count: 4, from: SUCCEEDED_SHEET_NAME },
    });
    expect(sim.sheet("Processed").values("A1:C8")).toEqual(before);
    expect(sim.sheet("Processed").cell("B4").numberFormat).toBe("@");
    expect(sim.sheet("Processed").cell("E1").value).toBe("my note beside the table");
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
    expect(ops.canRestore()).toBe(false);
  });

  it("fixes made after it are undone first, then the rows come back", async () => {
    setUp();
    const ops = createWorkbookOps();
    await ops.keepFailedRows();
    const { result } = await ops.check({ dateOrder: "auto" });
    const currency = result.findings.find((f) => f.column === "Currency" && f.fix === "USD");
    expect(currency).toBeDefined();
    await ops.applyFixes([currency!]);
    expect((await ops.restore()).restored).toBe(1);
    expect((await ops.restore()).rowsBack?.count).toBe(4);
    expect(sim.sheet("Processed").values("A1:C8")).toEqual(processed);
  });

  it("touches nothing when a sheet changed since, and says so", async () => {
    setUp();
    const ops = createWorkbookOps();
    await ops.keepFailedRows();
    sim.setCell("Processed", "A9", "a row the user added");
    const kept = sim.sheet("Processed").values("A1:C9");
    const outcome = await ops.restore();
    expect(outcome).toEqual({
      restored: 0,
      changedSince: [],
      notUndone: { sheet: "Processed", movedTo: SUCCEEDED_SHEET_NAME },
    });
    expect(sim.sheet("Processed").values("A1:C9")).toEqual(kept);
    expect(sim.sheetNames()).toContain(SUCCEEDED_SHEET_NAME);
    expect(ops.canRestore()).toBe(false);
  });
});

describe("keepFailedRows on a large processed file", () => {
  const MB5 = 5 * 1024 * 1024;

  it("10,500 scattered accepted rows are copied in requests under 5 MB before any is deleted", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    // Each copy is about 520 bytes on the wire: 5.5 MB in one request, refused by Excel on the web.
    const N = 10_500;
    const rows = alternating(N);
    sim.addSheet("Processed", rows);
    sim.activate("Processed");
    // The sheet is protected, so the deletions are refused once the copies are in (the simulated
    // host deletes rows one cell at a time: 10,500 deletions would take minutes).
    sim.protectSheet("Processed");
    sim.resetSyncCount();
    await expect(createWorkbookOps().keepFailedRows()).rejects.toMatchObject({ code: "AccessDenied" });
    const refused = sim.requests.findIndex((r) => r.error !== undefined);
    const copies = sim.requests.slice(0, refused).slice(-2);
    expect(sim.requests.filter((r) => r.error !== undefined).map((r) => r.error)).toEqual(["AccessDenied"]);
    expect(Math.max(...sim.requests.map((r) => r.requestBytes))).toBeLessThan(MB5);
    expect(copies.every((r) => r.requestBytes > 1_000_000)).toBe(true);
    // Nothing was deleted: the copy sheet goes again and the sheet is as it was.
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
    expect(sim.sheet("Processed").values(`A1:B${2 * N + 1}`)).toEqual(rows);
  }, 60_000);

  it("a copy Excel refuses (forced: all 10,500 copies in one 9 MB request) leaves the workbook as it was, with that error", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    const rows = alternating(10_500);
    sim.addSheet("Processed", rows);
    sim.activate("Processed");
    // The error is Excel's, not the client's complaint about the sheet added in the failed request.
    await expect(keepFailedRows(1e9)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
    expect(sim.sheet("Processed").values(`A1:B${rows.length}`)).toEqual(rows);
  }, 60_000);

  it("with a small budget, copies and deletions go in several requests and every row ends where it belongs", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const N = 400;
    sim.addSheet("Processed", alternating(N));
    sim.activate("Processed");
    sim.resetSyncCount();
    const outcome = await keepFailedRows(40_000);
    expect(outcome).toMatchObject({ kept: N, moved: N });
    // Read (2), then copies and deletions of about 210,000 and 120,000 bytes in 40,000-byte requests.
    expect(sim.syncCount).toBeGreaterThanOrEqual(2 + 6 + 3);
    expect(Math.max(...sim.requests.map((r) => r.requestBytes))).toBeLessThan(40_000);
    const moved = sim.sheet(SUCCEEDED_SHEET_NAME).values(`A1:B${N + 1}`);
    const kept = sim.sheet("Processed").values(`A1:B${N + 2}`);
    expect(moved.slice(1).map((r) => r[1])).toEqual(Array.from({ length: N }, (_, i) => `Won ${i}`));
    expect(kept.slice(1, N + 1).map((r) => r[0])).toEqual(Array.from({ length: N }, (_, i) => `Error ${i}`));
    expect(kept[N + 1]).toEqual(["", ""]);
  });
});

describe("selectCell", () => {
  it("activates the checked sheet and selects the finding's cell in one sync", async () => {
    setUp();
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const target = result.findings.find((f) => f.code === "partner-center-error");
    expect(target?.cell).toBe("A3");
    sim.activate("Sheet1");
    sim.resetSyncCount();
    await ops.selectCell(target!);
    expect(sim.syncCount).toBe(1);
    expect(sim.activeSheet).toBe("Processed");
    expect(sim.selection).toBe("Processed!A3");
  });

  it("its undo, with a small budget, also goes in several requests and puts every row back", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const N = 400;
    const rows = alternating(N);
    sim.addSheet("Processed", rows);
    sim.activate("Processed");
    const { undo } = await keepFailedRows(40_000);
    sim.resetSyncCount();
    const requestsBefore = sim.requests.length;
    expect(await undoKeepFailedRows(undo!, 40_000)).toEqual({ rowsBack: N });
    const undoRequests = sim.requests.slice(requestsBefore);
    expect(sim.syncCount).toBeGreaterThanOrEqual(3);
    expect(Math.max(...undoRequests.map((r) => r.requestBytes))).toBeLessThan(40_000);
    expect(sim.sheet("Processed").values(`A1:B${rows.length}`)).toEqual(rows);
    expect(sim.sheetNames()).toEqual(["Sheet1", "Processed"]);
  }, 60_000);
});
