// Data validation: rules, prompts and alerts are stored per cell and read back as Office.js reports them.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Data", "Lists"] });
  sim.setCell("Lists", "A1", "Yes");
  sim.setCell("Lists", "A2", "No");
  sim.defineName("YesNo", "Lists!$A$1:$A$2");
});
afterEach(() => sim.uninstall());

async function applyList(address: string, source: string): Promise<void> {
  await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("Data").getRange(address).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.warning,
      title: "Check",
      message: "Pick from the list",
    };
    dv.prompt = { showPrompt: true, title: "Status", message: "Yes or No" };
    await context.sync();
  });
}

const sources = [
  { notes: "inline comma list", source: "Yes,No" },
  { notes: "a defined name", source: "=YesNo" },
  { notes: "a sheet-qualified absolute range", source: "=Lists!$A$1:$A$2" },
];
test.each(sources)("list rule from $notes is stored on every cell and read back", async ({ source }) => {
  await applyList("B2:B100", source);
  const cell = sim.sheet("Data").cell("B50");
  expect(cell.validation).toEqual({
    rule: { list: { inCellDropDown: true, source } },
    errorAlert: { showAlert: true, style: "Warning", title: "Check", message: "Pick from the list" },
    prompt: { showPrompt: true, title: "Status", message: "Yes or No" },
  });
  expect(sim.sheet("Data").cell("B101").validation).toBeNull();
  await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("Data").getRange("B2:B100").dataValidation;
    dv.load("type,rule,errorAlert,prompt,ignoreBlanks");
    await context.sync();
    expect(dv.type).toBe("List");
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source } });
    expect(dv.errorAlert.style).toBe("Warning");
    expect(dv.prompt.message).toBe("Yes or No");
    expect(dv.ignoreBlanks).toBe(true);
  });
});

test("a range object as source is stored as its absolute address", async () => {
  await Excel.run(async (context) => {
    const lists = context.workbook.worksheets.getItem("Lists").getRange("A1:A2");
    context.workbook.worksheets.getItem("Data").getRange("C2").dataValidation.rule = {
      list: { inCellDropDown: true, source: lists },
    };
    await context.sync();
  });
  expect(sim.sheet("Data").cell("C2").validation?.rule).toEqual({
    list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" },
  });
});

test("type is None without a rule and Inconsistent across different rules", async () => {
  await applyList("A1", "a,b");
  await applyList("A2", "c,d");
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const mixed = sheet.getRange("A1:A2").dataValidation.load("type");
    const none = sheet.getRange("Z1").dataValidation.load("type,rule");
    await context.sync();
    expect(mixed.type).toBe("Inconsistent");
    expect(none.type).toBe("None");
    expect(none.rule).toEqual({});
  });
});

test("clear() removes the validation; a missing named source fails with InvalidReference or InvalidArgument", async () => {
  await applyList("B2:B3", "Yes,No");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("B2").dataValidation.clear();
    await context.sync();
  });
  expect(sim.sheet("Data").cell("B2").validation).toBeNull();
  expect(sim.sheet("Data").cell("B3").validation).not.toBeNull();
  const error = await runError(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("B2").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=NoSuchName" },
    };
    await context.sync();
  });
  expect(["InvalidArgument", "InvalidReference"]).toContain(error.code);
});

test("validation over whole columns is kept as a column layer and read per cell", async () => {
  await applyList("D:D", "Yes,No");
  expect(sim.workbook.sheets[0].cells.size).toBe(0);
  expect(sim.sheet("Data").cell("D777777").validation?.rule).toEqual({
    list: { inCellDropDown: true, source: "Yes,No" },
  });
});

test("valid reports whether list cells hold allowed values", async () => {
  await applyList("E1:E2", "=YesNo");
  sim.setCell("Data", "E1", "yes");
  sim.setCell("Data", "E2", "No");
  const valid = async () =>
    Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Data").getRange("E1:E2").dataValidation.load("valid");
      await context.sync();
      return dv.valid;
    });
  expect(await valid()).toBe(true);
  sim.setCell("Data", "E2", "Maybe");
  expect(await valid()).toBe(false);
});

test("rules of other kinds are stored as given", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("F1").dataValidation.rule = {
      wholeNumber: { formula1: 0, formula2: 10, operator: Excel.DataValidationOperator.between },
    };
    await context.sync();
  });
  expect(sim.sheet("Data").cell("F1").validation?.rule).toEqual({
    wholeNumber: { formula1: 0, formula2: 10, operator: "Between" },
  });
});
