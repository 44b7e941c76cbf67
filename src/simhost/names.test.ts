// Defined names: add, look up, read their reference, follow renames, break on deletion.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Data", "Lists"] });
});
afterEach(() => sim.uninstall());

async function addName(
  name: string,
  reference: string | ((s: Excel.Worksheet) => Excel.Range),
): Promise<string | null> {
  return Excel.run(async (context) => {
    const lists = context.workbook.worksheets.getItem("Lists");
    context.workbook.names.add(name, typeof reference === "string" ? reference : reference(lists), "why");
    await context.sync();
  }).then(
    () => null,
    (e: OfficeExtension.Error) => e.code,
  );
}

const cases = [
  {
    notes: "string reference with =",
    name: "Status",
    reference: "=Lists!$A$1:$A$3",
    code: null,
    value: "Lists!$A$1:$A$3",
  },
  {
    notes: "string reference without =",
    name: "Other",
    reference: "Lists!B2:B4",
    code: null,
    value: "Lists!$B$2:$B$4",
  },
  {
    notes: "a looks-like-a-cell name is invalid",
    name: "AB12",
    reference: "=Lists!$A$1",
    code: "InvalidArgument",
    value: null,
  },
  {
    notes: "a name with a space is invalid",
    name: "My Name",
    reference: "=Lists!$A$1",
    code: "InvalidArgument",
    value: null,
  },
  {
    notes: "dots and underscores are fine",
    name: "_list.Yes_No",
    reference: "=Lists!$A$1",
    code: null,
    value: "Lists!$A$1",
  },
];
test.each(cases)("add: $notes", async ({ name, reference, code, value }) => {
  expect(await addName(name, reference)).toBe(code);
  expect(sim.names().find((n) => n.name === name)?.reference ?? null).toBe(value);
});

test("adding an existing name (any case) fails with ItemAlreadyExists", async () => {
  expect(await addName("Status", "=Lists!$A$1")).toBeNull();
  expect(await addName("STATUS", "=Lists!$A$2")).toBe("ItemAlreadyExists");
});

test("a Range reference; items, getItemOrNullObject, getRange, value/formula/comment", async () => {
  expect(await addName("Status", (s) => s.getRange("A1:A3"))).toBeNull();
  await Excel.run(async (context) => {
    const names = context.workbook.names.load("items/name");
    const found = context.workbook.names.getItemOrNullObject("status");
    const missing = context.workbook.names.getItemOrNullObject("nope");
    found.load("name,type,value,formula,comment");
    const range = context.workbook.names.getItem("Status").getRange().load("address");
    await context.sync();
    expect(names.items.map((n) => n.name)).toEqual(["Status"]);
    expect(missing.isNullObject).toBe(true);
    expect([found.name, found.type, found.value, found.formula, found.comment]).toEqual([
      "Status",
      "Range",
      "Lists!$A$1:$A$3",
      "=Lists!$A$1:$A$3",
      "why",
    ]);
    expect(range.address).toBe("Lists!A1:A3");
  });
});

test("formula can re-point a name; the name follows a sheet rename and breaks when the sheet is deleted", async () => {
  await addName("Status", "=Lists!$A$1:$A$3");
  await Excel.run(async (context) => {
    context.workbook.names.getItem("Status").formula = "=Lists!$C$1:$C$9";
    context.workbook.worksheets.getItem("Lists").name = "Choices";
    await context.sync();
  });
  expect(sim.names()).toEqual([{ name: "Status", reference: "Choices!$C$1:$C$9" }]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Choices").delete();
    await context.sync();
  });
  expect(sim.names()).toEqual([{ name: "Status", reference: "#REF!" }]);
  const error = await runError(async (context) => {
    context.workbook.names.getItem("Status").getRange().load("address");
    await context.sync();
  });
  expect(error.code).toBe("InvalidReference");
});

test("worksheet.getRange accepts a defined name", async () => {
  sim.setCell("Lists", "A2", "No");
  await addName("Status", "=Lists!$A$1:$A$3");
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("Status").load("address,values");
    await context.sync();
    expect(range.address).toBe("Lists!A1:A3");
    expect(range.values).toEqual([[""], ["No"], [""]]);
  });
});
