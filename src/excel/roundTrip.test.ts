// Open CSV → Save as CSV with no edits gives back the file's records cell for cell, modulo the
// documented normalisations (the notices' fixes, rows padded to the widest, trailing blank rows).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { checkTable } from "../core/check";
import { readCsv, readCsvText } from "../core/csv";
import { uploadTable } from "../core/save/uploadTable";
import type { Table } from "../core/types";
import { createWorkbookOps } from "./index";
import { savedText } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim?.uninstall());

const ROOT = join(__dirname, "..", "..");
const files = [
  ...readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join("examples", f)),
  ...readdirSync(join(ROOT, "test/fixtures/files"))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join("test/fixtures/files", f)),
];

/** Rows padded to one width, trailing blank rows dropped: how a sheet holds a table. */
function asSheetHolds(table: Table): string[][] {
  const rows = table.rows.slice();
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

describe("round trip: Open CSV, then Save as CSV without edits", () => {
  it.each(files)("%s", async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const read = readCsv(bytes);
    sim = installRealClientHost({ sheets: ["Sheet1"], payloadLimitBytes: null });
    const ops = createWorkbookOps();
    const opened = await ops.openCsv({ name: file, bytes });
    if (!read.ok) {
      expect(opened.ok).toBe(false); // unreadable files are refused, nothing created
      expect(sim.sheetNames()).toEqual(["Sheet1"]);
      return;
    }
    if (!opened.ok) throw new Error(`${file}: ${JSON.stringify(opened.problem)}`);
    const saved = await ops.buildCsv({ split: false, bom: true, dateOrder: "auto" });
    const expected = uploadTable(read.table, checkTable(read.table).findings);
    if (!expected.ok) {
      expect(saved).toEqual([]);
      return;
    }
    expect(saved).toHaveLength(1);
    const back = readCsvText(await savedText(saved[0]));
    if (!back.ok) throw new Error("saved file does not read back");
    expect(asSheetHolds(back.table)).toEqual(asSheetHolds(expected.table));
  });
});
