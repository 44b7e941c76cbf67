// Worksheet events: registration at sync, delivery after the change, Office.js's event args.
import { installSimulatedHost, type SimHandle } from "./index";
import { write } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Sheet1", "Sheet2"] });
});
afterEach(() => sim.uninstall());

type Changed = Excel.WorksheetChangedEventArgs;

/** Registers a handler on Sheet1 (or the collection) and returns what it received. */
async function listen(
  on: "Sheet1" | "all" = "Sheet1",
): Promise<{ seen: Changed[]; remove: () => Promise<void> }> {
  const seen: Changed[] = [];
  const handler = async (args: Changed) => {
    seen.push(args);
  };
  const result = await Excel.run(async (context) => {
    const target = on === "all" ? context.workbook.worksheets : context.workbook.worksheets.getItem("Sheet1");
    const registration = target.onChanged.add(handler);
    await context.sync();
    return registration;
  });
  return {
    seen,
    // As Microsoft documents it: remove() in a batch on the registration's own context.
    remove: () =>
      Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      }),
  };
}

const plain = (args: Changed) => ({
  type: args.type,
  address: args.address,
  changeType: args.changeType,
  source: args.source,
  triggerSource: args.triggerSource,
});

test("a typed cell raises one RangeEdited event after the action, with its value before and after", async () => {
  const sheetId = sim.sheet("Sheet1").model.id;
  sim.setCell("Sheet1", "B2", "old");
  const { seen } = await listen();
  sim.typeCell("Sheet1", "B2", "new");
  expect(seen).toHaveLength(0); // never inside the action
  await sim.eventsDelivered();
  expect(seen).toHaveLength(1);
  expect(plain(seen[0])).toEqual({
    type: "WorksheetChanged",
    address: "B2",
    changeType: "RangeEdited",
    source: "Local",
    triggerSource: undefined, // ExcelApi 1.14 only
  });
  expect(seen[0].worksheetId).toBe(sheetId);
  expect(seen[0].details).toEqual({
    valueBefore: "old",
    valueAfter: "new",
    valueTypeBefore: "String",
    valueTypeAfter: "String",
  });
});

test("a registration takes effect at sync, and remove() ends it", async () => {
  const seen: Changed[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push(args);
    });
    sim.typeCell("Sheet1", "A1", "before the sync");
    await sim.eventsDelivered();
    expect(seen).toHaveLength(0);
    await context.sync();
  });
  sim.typeCell("Sheet1", "A1", "after");
  await sim.eventsDelivered();
  expect(seen.map((e) => e.address)).toEqual(["A1"]);
});

test("remove() stops the handler; other sheets' changes reach only the collection's handler", async () => {
  const sheet = await listen("Sheet1");
  const all = await listen("all");
  sim.typeCell("Sheet2", "C3", "x");
  sim.typeCell("Sheet1", "D4", "y");
  await sim.eventsDelivered();
  expect(sheet.seen.map((e) => e.address)).toEqual(["D4"]);
  expect(all.seen.map((e) => e.address)).toEqual(["C3", "D4"]);
  await sheet.remove();
  sim.typeCell("Sheet1", "D5", "z");
  await sim.eventsDelivered();
  expect(sheet.seen).toHaveLength(1);
  expect(all.seen).toHaveLength(3);
});

test("the add-in's own write raises its event after the sync that made it (ThisLocalAddin from ExcelApi 1.14)", async () => {
  sim.configure({ excelApiVersion: "1.14" });
  const { seen } = await listen();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A2:C3").values = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    await context.sync();
    expect(seen).toHaveLength(0);
  });
  await sim.eventsDelivered();
  expect(plain(seen[0])).toEqual({
    type: "WorksheetChanged",
    address: "A2:C3",
    changeType: "RangeEdited",
    source: "Local",
    triggerSource: "ThisLocalAddin",
  });
  expect(seen[0].details).toBeUndefined(); // several cells: no details
  sim.typeCell("Sheet1", "A1", "user");
  await sim.eventsDelivered();
  expect(seen[1].triggerSource).toBe("Unknown");
});

test("a paste is one event over the pasted area; Delete, sort and clear are RangeEdited too", async () => {
  const { seen } = await listen();
  sim.paste("Sheet1", "C3", [
    ["b", "1"],
    ["a", "2"],
    ["c", "3"],
  ]);
  sim.sortRows("Sheet1", "C3:D5", 0);
  sim.clearCells("Sheet1", "D4");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("C5").clear("Contents");
    context.workbook.worksheets.getItem("Sheet1").getRange("E1").format.fill.color = "#FF0000";
    await context.sync();
  });
  await sim.eventsDelivered();
  expect(seen.map((e) => [e.changeType, e.address])).toEqual([
    ["RangeEdited", "C3:D5"],
    ["RangeEdited", "C3:D5"],
    ["RangeEdited", "D4"],
    ["RangeEdited", "C5"],
  ]); // a format change is not a data change
  expect(sim.sheet("Sheet1").values("C3:D5")).toEqual([
    ["a", 2],
    ["b", ""],
    ["", 3],
  ]);
});

test("row and cell inserts and deletes say what moved; the direction needs ExcelApi 1.14", async () => {
  for (let r = 1; r <= 6; r++) sim.setCell("Sheet1", `A${r}`, `a${r}`);
  const { seen } = await listen();
  sim.insertRows("Sheet1", "3:4");
  sim.deleteRows("Sheet1", "2:2");
  sim.shiftCells("Sheet1", "A2:B2", "up");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").insert("Right");
    await context.sync();
  });
  await sim.eventsDelivered();
  expect(seen.map((e) => [e.changeType, e.address])).toEqual([
    ["RowInserted", "3:4"],
    ["RowDeleted", "2:2"],
    ["CellDeleted", "A2:B2"],
    ["CellInserted", "B2:C2"],
  ]);
  expect(
    sim
      .sheet("Sheet1")
      .values("A1:A4")
      .map((r) => r[0]),
  ).toEqual(["a1", "", "a3", "a4"]);

  sim.configure({ excelApiVersion: "1.14" });
  sim.shiftCells("Sheet1", "A2:B2", "down");
  await sim.eventsDelivered();
  expect(seen[4].changeDirectionState).toEqual({
    deleteShiftDirection: undefined,
    insertShiftDirection: "Down",
  });
});

test("onActivated: the user or the add-in switches sheets; re-activating the same sheet says nothing", async () => {
  const seen: Excel.WorksheetActivatedEventArgs[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onActivated.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
  });
  sim.activate("Sheet1");
  sim.activate("Sheet2");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").activate();
    await context.sync();
  });
  await sim.eventsDelivered();
  expect(seen).toEqual([
    { type: "WorksheetActivated", worksheetId: sim.sheet("Sheet2").model.id },
    { type: "WorksheetActivated", worksheetId: sim.sheet("Sheet1").model.id },
  ]);
});

test("event args give the changed range in a new request; a failing handler does not stop the others", async () => {
  const values: unknown[][][] = [];
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.onChanged.add(() => {
      throw new Error("handler bug");
    });
    sheet.onChanged.add(async (args) => {
      await Excel.run(async (ctx) => {
        const range = args.getRange(ctx).load("values");
        await ctx.sync();
        values.push(range.values);
      });
    });
    await context.sync();
  });
  await write("Sheet1", "B2:B3", [["x"], ["y"]]);
  await sim.eventsDelivered();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(values).toEqual([[["x"], ["y"]]]);
});

test("onChanged needs ExcelApi 1.7 (worksheet) and 1.9 (collection)", async () => {
  sim.configure({ excelApiVersion: "1.8" });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => undefined);
      await context.sync();
    }),
  ).resolves.toBeUndefined();
});
