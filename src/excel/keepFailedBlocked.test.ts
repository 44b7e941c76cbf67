// Keep only failed rows where Excel refuses the deletions: a table or a merged area the upward
// shift would cut (the simulated workbook refuses such deletes as Excel does, src/simhost/shiftRefusal.ts).
// Never half-done: either every accepted row moves, or the workbook is left exactly as it was and
// one sentence says why. A sheet whose data is itself a table moves its rows as usual.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { friendlyError } from "../taskpane/state/friendlyError";
import { createTranslator } from "../taskpane/i18n/translate";
import { createWorkbookOps } from "./index";
import { SUCCEEDED_SHEET_NAME } from "./keepFailedRows";

let sim: SimHandle;
afterEach(() => sim.uninstall());
const t = createTranslator("en").t;

const processed = [
  ["Errors", "Deal Name", "Currency"],
  ["", "Won deal A", "USD"],
  ["Required field Solution 1 missing", "Failed B", "USD"],
  ["", "Won deal C", "EUR"],
  ["", "Won deal D", "GBP"],
  ["Invalid currency; Bad date", "Failed E", "usd"],
  ["", "Won deal F", "USD"],
  ["Bad date", "Failed G", "EUR"],
  ["", "Won deal H", "USD"],
];
const LAST = `C${processed.length}`;

function setUp(version: string): void {
  sim = installRealClientHost({ sheets: ["Sheet1"], excelApiVersion: version });
  sim.addSheet("Processed", processed);
  sim.activate("Processed");
}

async function refusal(): Promise<unknown> {
  return createWorkbookOps()
    .keepFailedRows()
    .then(
      () => null,
      (e: unknown) => e,
    );
}

/** Everything the user could see changed: sheets, values, merged areas, tables. */
function workbook(): unknown {
  return {
    sheets: sim.sheetNames(),
    values: sim.sheet("Processed").values("A1:F14"),
    merges: sim.sheet("Processed").merges(),
  };
}

describe.each(["1.9", "1.13", "1.20"])(
  "Keep only failed rows where Excel refuses deletions (ExcelApi %s)",
  (version) => {
    it("a table of the user's below the data, reaching past its columns: refused up front, nothing changes", async () => {
      setUp(version);
      // The user's small summary table in C11:E13: the data's upward shift (A:C) would cut it.
      sim.setCell("Processed", "C11", "Region");
      sim.setCell("Processed", "D11", "Total");
      sim.setCell("Processed", "E11", "Note");
      await Excel.run(async (context) => {
        context.workbook.tables.add("Processed!C11:E13", true);
        await context.sync();
      });
      const before = workbook();
      const error = await refusal();
      expect(error).toMatchObject({ code: "DeleteBlocked", area: "C11:E13" });
      expect(friendlyError(error, { t })).toBe(
        "Nothing was moved: a table or merged cells at C11:E13 would be cut by deleting the accepted rows. Move the table or unmerge those cells, then keep the failed rows again.",
      );
      expect(workbook()).toEqual(before);
    });

    it("a merged area crossing the data's edge halfway down: nothing is half-done, no row is lost", async () => {
      setUp(version);
      sim.mergeCells("Processed", "C6:D6"); // keeps "usd" in C6
      const before = workbook();
      sim.resetSyncCount();
      const error = await refusal();
      // With ExcelApi 1.13 the merge is found before anything is written; below it, the deletions
      // Excel made before refusing are put back from the copy sheet, which then goes.
      if (version === "1.9") {
        expect(error).toMatchObject({ code: "InsertDeleteConflict" });
        // Excel deleted two runs below the merge before it refused: they were put back.
        expect(sim.requests.map((r) => r.error).filter(Boolean)).toEqual(["InsertDeleteConflict"]);
      } else expect(error).toMatchObject({ code: "DeleteBlocked", area: "C6:D6" });
      expect(friendlyError(error, { t })).toMatch(/^(Nothing was moved|Excel cannot delete these rows)/);
      expect(workbook()).toEqual(before);
    });

    it("a merged area wholly inside the data's columns, in a kept row, moves up with its row", async () => {
      setUp(version);
      sim.mergeCells("Processed", "B6:C6"); // "Failed E" across Deal Name and Currency
      const outcome = await createWorkbookOps().keepFailedRows();
      expect(outcome).toMatchObject({ kept: 3, moved: 5 });
      expect(sim.sheet("Processed").values("A1:C5")).toEqual([
        processed[0],
        processed[2],
        ["Invalid currency; Bad date", "Failed E", ""],
        processed[7],
        ["", "", ""],
      ]);
      expect(sim.sheet("Processed").merges()).toEqual(["B3:C3"]);
    });

    it("data that is itself a table: the accepted rows move, the table keeps the failed ones", async () => {
      setUp(version);
      await Excel.run(async (context) => {
        context.workbook.tables.add(`Processed!A1:${LAST}`, true);
        await context.sync();
      });
      const outcome = await createWorkbookOps().keepFailedRows();
      expect(outcome).toMatchObject({ kept: 3, moved: 5, movedTo: SUCCEEDED_SHEET_NAME });
      expect(sim.sheet("Processed").values("A1:C5")).toEqual([
        processed[0],
        processed[2],
        processed[5],
        processed[7],
        ["", "", ""],
      ]);
      const tableRange = await Excel.run(async (context) => {
        const range = context.workbook.tables.getItemAt(0).getRange().load("address");
        await context.sync();
        return range.address;
      });
      expect(tableRange).toBe("Processed!A1:C4");
      expect(
        sim
          .sheet(SUCCEEDED_SHEET_NAME)
          .values("B2:B6")
          .map((r) => r[0]),
      ).toEqual(["Won deal A", "Won deal C", "Won deal D", "Won deal F", "Won deal H"]);
    });
  },
);
