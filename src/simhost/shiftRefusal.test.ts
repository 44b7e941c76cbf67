// Deletes the simulated workbook refuses as Excel does (shiftRefusal.ts): shifting part of a table,
// cutting a merged area. A refused delete changes nothing; allowed ones move tables and merges along.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["S"] });
  for (let r = 1; r <= 8; r++) for (const c of "ABCD") sim.setCell("S", `${c}${r}`, `${c.toLowerCase()}${r}`);
});
afterEach(() => sim.uninstall());

async function addTable(address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.add(`S!${address}`, true);
    await context.sync();
  });
}
async function tableAddress(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem("Table1").getRange().load("address");
    await context.sync();
    return range.address;
  });
}
const remove = (address: string, entireRows = false) =>
  Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address);
    (entireRows ? range.getEntireRow() : range).delete(Excel.DeleteShiftDirection.up);
    await context.sync();
  });

describe("deletes Excel refuses", () => {
  it("cells whose upward shift would move part of a table: InsertDeleteConflict, nothing moves", async () => {
    await addTable("B5:D7");
    const before = sim.sheet("S").values("A1:D8");
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:B2").delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect(error.code).toBe("InsertDeleteConflict");
    expect(error.message).toMatch(/shift cells in a table/);
    expect(sim.sheet("S").values("A1:D8")).toEqual(before);
  });

  it("cells whose shift would split a merged area across the deleted columns", async () => {
    sim.mergeCells("S", "C5:D5");
    const before = sim.sheet("S").values("A1:D8");
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:C2").delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect([error.code, error.message]).toEqual([
      "InsertDeleteConflict",
      "We can't do that to a merged cell.",
    ]);
    expect(sim.sheet("S").values("A1:D8")).toEqual(before);
    expect(sim.sheet("S").merges()).toEqual(["C5:D5"]);
  });

  it("entire rows through part of a merged area (the stricter reading), also by the user", async () => {
    sim.mergeCells("S", "A2:A4");
    const error = await runError(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A3")
        .getEntireRow()
        .delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect(error.code).toBe("InsertDeleteConflict");
    expect(() => sim.deleteRows("S", "3:3")).toThrow(/merged cell/);
    expect(sim.sheet("S").merges()).toEqual(["A2:A4"]);
  });

  it("entire rows taking a table's header but not its data", async () => {
    await addTable("B5:D7");
    await expect(remove("5:5", true)).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(await tableAddress()).toBe("S!B5:D7");
  });
});

describe("deletes Excel allows", () => {
  it("entire rows through a table's data: the table shrinks", async () => {
    await addTable("B5:D7");
    await remove("6:6", true);
    expect(await tableAddress()).toBe("S!B5:D6");
  });

  it("cells covering a table's full width: the table's rows go and what is below moves up", async () => {
    await addTable("B2:C6");
    await remove("A3:D4");
    expect(await tableAddress()).toBe("S!B2:C4");
    expect(sim.sheet("S").values("A3:A4")).toEqual([["a5"], ["a6"]]);
  });

  it("cells above a merged area lying wholly in the shifted columns: the merge moves up", async () => {
    sim.mergeCells("S", "A6:B6");
    await remove("A2:C3");
    expect(sim.sheet("S").merges()).toEqual(["A4:B4"]);
  });

  it("a merged area taken whole by the deleted rows goes with them", async () => {
    sim.mergeCells("S", "A3:A4");
    await remove("3:4", true);
    expect(sim.sheet("S").merges()).toEqual([]);
  });
});
