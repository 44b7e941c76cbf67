// The whole journey on Microsoft's Office.js client at the oldest requirement set the add-in supports
// (ExcelApi 1.9) and at the newest (1.20): the client refuses newer members itself at 1.9, so every
// call the Excel layer makes must be guarded by isSetSupported. Same file in, same results out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXCEL_API_VERSIONS, installRealClientHost, type RealClientHandle } from "../simhost/wire/realClient";
import { createWorkbookOps } from "./index";
import { MARK_PREFIX } from "./highlight";
import { savedText } from "./testSheets";

let sim: RealClientHandle;
afterEach(() => sim.uninstall());

const mistakes = readFileSync(join(__dirname, "..", "..", "examples", "mistakes.csv"));
const ours = (sheet: string) =>
  sim
    .sheet(sheet)
    .conditionalFormats()
    .filter((cf) => (cf.formula ?? "").includes(MARK_PREFIX));

describe.each(EXCEL_API_VERSIONS)("ExcelApi %s through the real client", (version) => {
  it("open CSV, check, fix all, restore, save and clear highlights all work, with no request refused", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], excelApiVersion: version, platform: "OfficeOnline" });
    const ops = createWorkbookOps();
    const opened = await ops.openCsv({ name: "mistakes.csv", bytes: new Uint8Array(mistakes) });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const header = sim.sheet(opened.sheetName).cell("D1");
    // Header notes: comments from ExcelApi 1.10, input prompts before (notes: the fallback is chosen by isSetSupported).
    if (version === "1.9") {
      expect(header.comment).toBeNull();
      expect(header.validation?.prompt?.message).toMatch(/^Required\./);
    } else expect(header.comment).toMatch(/^Required\./);

    const { result } = await ops.check({ dateOrder: "auto" });
    expect(result.summary.error).toBeGreaterThan(0);
    expect(ours(opened.sheetName).length).toBeGreaterThan(0);
    const fixable = result.findings.filter((f) => f.fix !== null && f.cell);
    const { changed } = await ops.applyFixes(fixable);
    expect(changed).toBe(new Set(fixable.map((f) => f.cell)).size);
    const fixed = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    const { restored } = await ops.restore();
    expect(restored).toBe(changed);
    const files = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    expect(files).toHaveLength(1);
    expect(await savedText(files[0])).not.toBe(await savedText(fixed[0]));
    await ops.clearHighlights();
    expect(ours(opened.sheetName)).toEqual([]);
    expect(sim.requests.filter((r) => r.error)).toEqual([]);
  });
});
