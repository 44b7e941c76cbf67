// Worksheets: add, names, visibility, position, activation, deletion.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Sheet1", "Data"] });
});
afterEach(() => sim.uninstall());

test("add: default names skip taken ones; the new sheet is appended and not activated", async () => {
  await Excel.run(async (context) => {
    const added = context.workbook.worksheets.add();
    const named = context.workbook.worksheets.add("Report");
    added.load("name,position");
    named.load("name,position");
    await context.sync();
    expect([added.name, added.position, named.name, named.position]).toEqual(["Sheet3", 2, "Report", 3]);
  });
  expect(sim.activeSheet).toBe("Sheet1");
});

const badNames = [
  { notes: "duplicate, other case", name: "data", code: "ItemAlreadyExists" },
  { notes: "too long (32 chars)", name: "x".repeat(32), code: "InvalidArgument" },
  { notes: "forbidden character", name: "a/b", code: "InvalidArgument" },
  { notes: "reserved name", name: "History", code: "InvalidArgument" },
  { notes: "31 characters is fine", name: "y".repeat(31), code: null },
];
test.each(badNames)("add($notes)", async ({ name, code }) => {
  const result = await Excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  }).then(
    () => null,
    (e: OfficeExtension.Error) => e.code,
  );
  expect(result).toBe(code);
});

const visibilities = [
  { notes: "hide one of two", target: "Data", visibility: "Hidden", code: null },
  { notes: "very hidden", target: "Data", visibility: "VeryHidden", code: null },
  {
    notes: "hiding the last visible sheet is refused",
    target: "both",
    visibility: "Hidden",
    code: "InvalidOperation",
  },
];
test.each(visibilities)("visibility: $notes", async ({ target, visibility, code }) => {
  const result = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (target === "both") {
      sheets.getItem("Data").visibility = visibility as Excel.SheetVisibility;
      sheets.getItem("Sheet1").visibility = visibility as Excel.SheetVisibility;
    } else {
      sheets.getItem(target).visibility = visibility as Excel.SheetVisibility;
    }
    await context.sync();
  }).then(
    () => null,
    (e: OfficeExtension.Error) => e.code,
  );
  expect(result).toBe(code);
  if (code === null) expect(sim.sheet(target).visibility).toBe(visibility);
});

test("hiding the active sheet activates the next visible one; a hidden sheet cannot be activated", async () => {
  sim.activate("Data");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").visibility = Excel.SheetVisibility.hidden;
    await context.sync();
  });
  expect(sim.activeSheet).toBe("Sheet1");
  const error = await runError(async (context) => {
    context.workbook.worksheets.getItem("Data").activate();
    await context.sync();
  });
  expect(error.code).toBe("InvalidOperation");
});

test("items, getCount(visibleOnly), position, rename, getActiveWorksheet, activate", async () => {
  sim.setSheetVisibility("Data", "Hidden");
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const all = sheets.getCount();
    const visible = sheets.getCount(true);
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Data", "Hidden"],
    ]);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only sync
    expect([all.value, visible.value]).toEqual([2, 1]);
    const data = sheets.getItem("Data");
    data.position = 0;
    data.name = "Renamed";
    data.visibility = Excel.SheetVisibility.visible;
    data.activate();
    const active = sheets.getActiveWorksheet().load("name,position");
    await context.sync();
    expect([active.name, active.position]).toEqual(["Renamed", 0]);
  });
  expect(sim.sheetNames()).toEqual(["Renamed", "Sheet1"]);
});

test("delete: the sheet goes, later use of it fails; the last visible sheet cannot be deleted", async () => {
  await Excel.run(async (context) => {
    const data = context.workbook.worksheets.getItem("Data");
    data.delete();
    await context.sync();
    data.load("name");
    const error = await context.sync().catch((e: OfficeExtension.Error) => e.code);
    expect(error).toBe("ItemNotFound");
  });
  expect(sim.sheetNames()).toEqual(["Sheet1"]);
  const error = await runError(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").delete();
    await context.sync();
  });
  expect(error.code).toBe("InvalidOperation");
});

test("freeze panes, tab color, tables and comments", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.freezePanes.freezeRows(1);
    sheet.tabColor = "#ff0000";
    const table = sheet.tables.add("A1:C4", true);
    context.workbook.comments.add("Data!B1", "Required.");
    table.load("name");
    const frozen = sheet.freezePanes.getLocationOrNullObject().load("address");
    const none = context.workbook.worksheets.getItem("Sheet1").freezePanes.getLocationOrNullObject();
    const byCell = context.workbook.comments.getItemByCell("Data!B1").load("content,authorName");
    const tables = sheet.tables.load("count");
    await context.sync();
    expect(table.name).toBe("Table1");
    expect(frozen.address).toBe("Data!1:1");
    expect(none.isNullObject).toBe(true);
    expect(byCell.content).toBe("Required.");
    expect(tables.count).toBe(1);
  });
  expect(sim.sheet("Data").freeze).toEqual({ rows: 1, cols: 0 });
  expect(sim.sheet("Data").cell("B1").comment).toBe("Required.");
  expect(sim.sheet("Data").comments()).toEqual([{ address: "B1", content: "Required." }]);
});

test("select and getSelectedRange", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("C3:D4").select();
    await context.sync();
    const selected = context.workbook.getSelectedRange().load("address");
    const active = context.workbook.getActiveCell().load("address");
    await context.sync();
    expect([selected.address, active.address]).toEqual(["Data!C3:D4", "Data!C3"]);
  });
  expect([sim.activeSheet, sim.selection]).toEqual(["Data", "Data!C3:D4"]);
});
