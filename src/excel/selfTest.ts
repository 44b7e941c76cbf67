// The self-test of "Copy diagnostics": runs the add-in's own kinds of Office.js operations on a
// temporary sheet (add it, write text cells and read them back, a dropdown, a conditional format
// added then deleted by id, a comment) and deletes the sheet, so a support request says which
// operation this host refuses. Each step is its own Excel.run, so one refusal does not hide the
// next; the sheet is deleted whatever happened.
import { errorDetails } from "../taskpane/errorLog";
import type { SelfTestStep, SelfTestStepName } from "../taskpane/ports";

/** Values Excel would turn into something else unless the cells are Text. */
const PROBE = ["0123", "1/30/2026", "=1+1", "8150123456789"];

function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

async function step(name: SelfTestStepName, body: () => Promise<void>): Promise<SelfTestStep> {
  try {
    await body();
    return { step: name, outcome: "passed" };
  } catch (error) {
    const d = errorDetails(error, "selfTest");
    const where = d.location ? ` at ${d.location}` : "";
    return { step: name, outcome: "failed", detail: `${d.code || "no code"}${where}: ${d.message}` };
  }
}

async function freeSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let n = 1;
    while (taken.has(`cosell self-test ${n}`)) n++;
    return `CoSell self-test ${n}`;
  });
}

export async function runSelfTest(): Promise<SelfTestStep[]> {
  let sheetName = "";
  const steps: SelfTestStep[] = [];
  const added = await step("addSheet", async () => {
    sheetName = await freeSheetName();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(sheetName);
      await context.sync();
    });
  });
  steps.push(added);
  if (added.outcome !== "passed") return steps;

  const onSheet = (body: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<void>) => () =>
    Excel.run((context) => body(context.workbook.worksheets.getItem(sheetName), context));
  try {
    steps.push(
      await step(
        "writeText",
        onSheet(async (sheet, context) => {
          const range = sheet.getRangeByIndexes(0, 0, 1, PROBE.length);
          range.numberFormat = [PROBE.map(() => "@")];
          range.values = [PROBE];
          range.load("values");
          await context.sync();
          const back = range.values[0].map(String);
          if (back.join("\u0001") !== PROBE.join("\u0001"))
            throw new Error(`wrote ${JSON.stringify(PROBE)}, read back ${JSON.stringify(back)}`);
        }),
      ),
    );
    steps.push(
      await step(
        "dropdown",
        onSheet(async (sheet, context) => {
          const validation = sheet.getRange("E1:E2").dataValidation;
          validation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
          validation.errorAlert = {
            showAlert: true,
            style: "Stop",
            title: "Self-test",
            message: "Yes or No.",
          };
          await context.sync();
        }),
      ),
    );
    steps.push(
      await step(
        "conditionalFormat",
        onSheet(async (sheet, context) => {
          const formats = sheet.getRange("A1:D1").conditionalFormats;
          const added = formats.add(Excel.ConditionalFormatType.custom);
          added.custom.rule.formula = "=LEN(A1)>0";
          added.custom.format.fill.color = "#FDE7E9";
          added.load("id");
          await context.sync();
          formats.getItem(added.id).delete();
          await context.sync();
        }),
      ),
    );
    steps.push(
      supports("1.10")
        ? await step(
            "comment",
            onSheet(async (_sheet, context) => {
              context.workbook.comments.add(`'${sheetName}'!A1`, "Co-sell Upload Checker self-test");
              await context.sync();
            }),
          )
        : { step: "comment", outcome: "skipped", detail: "ExcelApi 1.10 not supported" },
    );
  } finally {
    steps.push(
      await step(
        "deleteSheet",
        onSheet(async (sheet, context) => {
          sheet.delete();
          await context.sync();
        }),
      ),
    );
  }
  return steps;
}
