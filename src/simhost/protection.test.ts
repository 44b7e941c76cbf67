// Protected sheets refuse writes (AccessDenied); cell edit mode refuses every request.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Locked", "Open"] });
  sim.setCell("Locked", "A1", "original");
  sim.protectSheet("Locked");
});
afterEach(() => sim.uninstall());

describe("protected sheet", () => {
  const writes: { notes: string; write: (r: Excel.Range) => void }[] = [
    { notes: "values", write: (r) => (r.values = [["x"]]) },
    { notes: "numberFormat", write: (r) => (r.numberFormat = [["@"]]) },
    { notes: "fill", write: (r) => (r.format.fill.color = "#FF0000") },
    { notes: "font", write: (r) => (r.format.font.bold = true) },
    {
      notes: "data validation",
      write: (r) => (r.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
    },
    {
      notes: "conditional format",
      write: (r) => void r.conditionalFormats.add(Excel.ConditionalFormatType.custom),
    },
    { notes: "clear", write: (r) => r.clear() },
    { notes: "delete rows", write: (r) => r.delete(Excel.DeleteShiftDirection.up) },
  ];
  test.each(writes)("writing $notes fails with AccessDenied and changes nothing", async ({ write }) => {
    const error = await runError(async (context) => {
      write(context.workbook.worksheets.getItem("Locked").getRange("A1"));
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
    expect(sim.sheet("Locked").cell("A1")).toMatchObject({
      value: "original",
      numberFormat: "General",
      fill: null,
      validation: null,
    });
  });

  test("reads work and protection.protected reports it; other sheets stay writable", async () => {
    await Excel.run(async (context) => {
      const locked = context.workbook.worksheets.getItem("Locked");
      const cell = locked.getRange("A1").load("values");
      const protection = locked.protection.load("protected");
      context.workbook.worksheets.getItem("Open").getRange("A1").values = [["fine"]];
      await context.sync();
      expect(cell.values).toEqual([["original"]]);
      expect(protection.protected).toBe(true);
    });
    expect(sim.sheet("Open").cell("A1").value).toBe("fine");
  });

  test("unprotect through the API, then writes succeed", async () => {
    await Excel.run(async (context) => {
      const locked = context.workbook.worksheets.getItem("Locked");
      locked.protection.unprotect();
      locked.getRange("A1").values = [["changed"]];
      await context.sync();
    });
    expect(sim.sheet("Locked").cell("A1").value).toBe("changed");
  });
});

describe("cell edit mode", () => {
  test("every request fails with InvalidOperationInCellEditMode and applies nothing; it still counts as a round trip", async () => {
    sim.setEditMode(true);
    sim.resetSyncCount();
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Open").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toMatch(/cell-editing mode/);
    expect(sim.sheet("Open").cell("A1").value).toBe("");
    expect(sim.syncCount).toBe(1);
    const readError = await runError(async (context) => {
      context.workbook.worksheets.getItem("Open").load("name");
      await context.sync();
    });
    expect(readError.code).toBe("InvalidOperationInCellEditMode");
  });

  test("after leaving edit mode the same request succeeds", async () => {
    sim.setEditMode(true);
    sim.setEditMode(false);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Open").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(sim.sheet("Open").cell("A1").value).toBe("x");
  });
});
