// Hidden rows/columns, the AutoFilter and merged cells: values of hidden cells are still returned,
// a filter hides the rows that do not match, merging keeps only the top-left value.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["S"] });
  sim.addSheet("Data", [
    ["Name", "Country", "Value"],
    ["a", "US", 1],
    ["b", "DE", 2],
    ["c", "US", 3],
    ["d", "FR", 4],
  ]);
});
afterEach(() => sim.uninstall());

const load = async <T>(read: (sheet: Excel.Worksheet) => () => T): Promise<T> =>
  Excel.run(async (context) => {
    const get = read(context.workbook.worksheets.getItem("Data"));
    await context.sync();
    return get();
  });

describe("hidden rows and columns", () => {
  const states = [
    { notes: "no line hidden reads false", hide: () => undefined, rows: false, cols: false },
    {
      notes: "every line hidden reads true",
      hide: () => (sim.hideRows("Data", "2:5"), sim.hideColumns("Data", "A:C")),
      rows: true,
      cols: true,
    },
    {
      notes: "some lines hidden read null, as Excel documents",
      hide: () => (sim.hideRows("Data", "3:3"), sim.hideColumns("Data", "B:B")),
      rows: null,
      cols: null,
    },
  ];
  test.each(states)("$notes", async ({ hide, rows, cols }) => {
    hide();
    const got = await load((s) => {
      const r = s.getRange("A2:C5").load("rowHidden,columnHidden");
      return () => [r.rowHidden, r.columnHidden];
    });
    expect(got).toEqual([rows, cols]);
  });

  it("hidden cells still return their values, as in Excel", async () => {
    sim.hideRows("Data", "2:3");
    sim.hideColumns("Data", "B:B");
    const values = await load((s) => {
      const r = s.getRange("A2:C2").load("values");
      return () => r.values;
    });
    expect(values).toEqual([["a", "US", 1]]);
  });

  it("rowHidden/columnHidden can be set, and are refused on a protected sheet", async () => {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("B1").columnHidden = true;
      s.getRange("A4:C5").rowHidden = true;
      await context.sync();
    });
    expect(sim.sheet("Data").hiddenColumns()).toEqual([1]);
    expect(sim.sheet("Data").hiddenRows()).toEqual([3, 4]);
    sim.protectSheet("Data");
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").columnHidden = true;
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
    expect(sim.sheet("Data").hiddenColumns()).toEqual([1]);
  });

  it("getVisibleView counts and returns only visible cells", async () => {
    sim.hideRows("Data", "3:3");
    sim.hideColumns("Data", "B:B");
    const view = await load((s) => {
      const v = s.getRange("A1:C5").getVisibleView().load("rowCount,columnCount,values");
      return () => ({ rows: v.rowCount, cols: v.columnCount, values: v.values });
    });
    expect(view).toEqual({
      rows: 4,
      cols: 2,
      values: [
        ["Name", "Value"],
        ["a", 1],
        ["c", 3],
        ["d", 4],
      ],
    });
  });

  it("deleting whole rows moves hidden rows with them", async () => {
    sim.hideRows("Data", "5:5");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("2:3").delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect(sim.sheet("Data").hiddenRows()).toEqual([2]);
  });
});

describe("AutoFilter", () => {
  it("a Values criterion hides the non-matching rows; clearCriteria and remove show them", async () => {
    const state = () =>
      load((s) => {
        const f = s.autoFilter.load("enabled,isDataFiltered");
        return () => ({ enabled: f.enabled, filtered: f.isDataFiltered });
      });
    expect(await state()).toEqual({ enabled: false, filtered: false });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.autoFilter.apply(s.getRange("A1:C5"), 1, { filterOn: Excel.FilterOn.values, values: ["US"] });
      await context.sync();
    });
    expect(await state()).toEqual({ enabled: true, filtered: true });
    expect(sim.sheet("Data").hiddenRows()).toEqual([2, 4]);
    expect(sim.sheet("Data").values("A3:C3")).toEqual([["b", "DE", 2]]); // values kept
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").autoFilter.clearCriteria();
      await context.sync();
    });
    expect(await state()).toEqual({ enabled: true, filtered: false });
    expect(sim.sheet("Data").hiddenRows()).toEqual([]);
    sim.filterRows("Data", "A1:C5", 1, ["FR"]);
    expect(sim.sheet("Data").hiddenRows()).toEqual([1, 2, 3]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").autoFilter.remove();
      await context.sync();
    });
    expect(await state()).toEqual({ enabled: false, filtered: false });
    expect(sim.sheet("Data").hiddenRows()).toEqual([]);
  });

  it("clearing a filter leaves rows the user hid by hand hidden", async () => {
    sim.hideRows("Data", "2:2");
    sim.filterRows("Data", "A1:C5", 1, ["DE"]);
    expect(sim.sheet("Data").hiddenRows()).toEqual([1, 3, 4]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").autoFilter.remove();
      await context.sync();
    });
    expect(sim.sheet("Data").hiddenRows()).toEqual([1]);
  });

  it("needs ExcelApi 1.9", async () => {
    sim.configure({ excelApiVersion: "1.8" });
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Data").autoFilter.load("enabled");
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("merged cells", () => {
  it("merging keeps the top-left value; the other cells read empty", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").merge();
      await context.sync();
    });
    expect(sim.sheet("Data").values("A1:C1")).toEqual([["Name", "", "Value"]]);
    expect(sim.sheet("Data").merges()).toEqual(["A1:B1"]);
  });

  it("merge(across) merges each row; unmerge removes every overlapping area", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:B3").merge(true);
      await context.sync();
    });
    expect(sim.sheet("Data").merges()).toEqual(["A2:B2", "A3:B3"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B3").unmerge();
      await context.sync();
    });
    expect(sim.sheet("Data").merges()).toEqual(["A2:B2"]);
  });

  it("getMergedAreasOrNullObject (1.13) returns the areas starting in the range, or a null object", async () => {
    sim.configure({ excelApiVersion: "1.13" });
    sim.mergeCells("Data", "B1:C1");
    const read = (address: string) =>
      load((s) => {
        const areas = s.getRange(address).getMergedAreasOrNullObject().load("address");
        return () => (areas.isNullObject ? null : areas.address);
      });
    expect(await read("A1:C1")).toBe("Data!B1:C1");
    expect(await read("A2:C5")).toBeNull();
    expect(await read("C1")).toBeNull(); // the area starts at B1, outside C1 (documented)
  });

  it("getMergedAreasOrNullObject fails below ExcelApi 1.13", async () => {
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").getMergedAreasOrNullObject();
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });

  it("merging on a protected sheet is refused", async () => {
    sim.protectSheet("Data");
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").merge();
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
    expect(sim.sheet("Data").merges()).toEqual([]);
  });
});
