// Open CSV → edit → Check reports the edits Partner Center would ignore, using the kept original.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { writeCsv } from "../core/csv";
import { tableOf, update } from "../../test/fixtures/engine/records";
import { createWorkbookOps } from "./index";

let sim: SimHandle;
afterEach(() => sim?.uninstall());

const closedWon = { "Partner Referral Status": "Closed", "Partner Referral Substatus": "Won" };
const downloaded = tableOf([
  update({ "Referral ID": "REF-1", "Customer City": "Redmond" }),
  update({ "Referral ID": "REF-2", ...closedWon, "Estimated Deal Value": "100" }),
]);
const bytes = new TextEncoder().encode(writeCsv(downloaded));
const col = (name: string) => String.fromCharCode(65 + downloaded.rows[0].indexOf(name));

async function openAndEdit(): Promise<ReturnType<typeof createWorkbookOps>> {
  sim = installRealClientHost({ sheets: ["Sheet1"] });
  const ops = createWorkbookOps();
  const opened = await ops.openCsv({ name: "download.csv", bytes });
  if (!opened.ok) throw new Error("not opened");
  sim.typeCell("download", `${col("Customer City")}2`, "Seattle");
  sim.typeCell("download", `${col("Estimated Deal Value")}3`, "200");
  return ops;
}

const edits = (findings: { code: string; cell: string | null; message: string }[]) =>
  findings.filter((f) => /edited$/.test(f.code)).map((f) => [f.code, f.cell]);

describe("Check with the kept original", () => {
  it("reports the read-only edit and the edited closed deal, as the CLI's --original does", async () => {
    const ops = await openAndEdit();
    const outcome = await ops.check({ dateOrder: "auto", highlight: false });
    expect(edits(outcome.result.findings)).toEqual([
      ["read-only-edited", `${col("Customer City")}2`],
      ["terminal-row-edited", `${col("Referral ID")}3`],
    ]);
    expect(outcome.result.findings.find((f) => f.code === "read-only-edited")?.message).toContain("Redmond");
  });

  it("still finds it after the sheet is renamed (by the sheet's id)", async () => {
    const ops = await openAndEdit();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("download").name = "Renamed";
      await context.sync();
    });
    const outcome = await ops.check({ dateOrder: "auto", highlight: false });
    expect(edits(outcome.result.findings)).toHaveLength(2);
  });

  it("reports nothing once the original's sheet is deleted", async () => {
    const ops = await openAndEdit();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("CoSell original - download").delete();
      await context.sync();
    });
    const outcome = await ops.check({ dateOrder: "auto", highlight: false });
    expect(edits(outcome.result.findings)).toEqual([]);
  });

  it("an unedited opened file checks clean", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const ops = createWorkbookOps();
    await ops.openCsv({ name: "download.csv", bytes });
    const outcome = await ops.check({ dateOrder: "auto", highlight: false });
    expect(outcome.result.findings).toEqual([]);
  });
});
