// The Office namespace, host configuration (options, URL query) and requirement-set gating.
import { installSimulatedHost, type SimHandle } from "./index";
import { optionsFromQuery } from "./queryOptions";
import { runError } from "./testSupport";

let sim: SimHandle | undefined;
afterEach(() => sim?.uninstall());

test("defaults: Excel on PC, en-US, light theme, ExcelApi 1.12", async () => {
  sim = installSimulatedHost();
  const info = await Office.onReady();
  expect(info).toEqual({ host: Office.HostType.Excel, platform: Office.PlatformType.PC });
  expect(Office.context.displayLanguage).toBe("en-US");
  expect(Office.context.officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
});

test("onReady also calls its callback", async () => {
  sim = installSimulatedHost({ platform: "Mac" });
  const seen: unknown[] = [];
  await Office.onReady((i) => seen.push(i.platform));
  expect(seen).toEqual(["Mac"]);
});

const configs = [
  {
    notes: "French, dark, Mac",
    options: { displayLanguage: "fr-FR", theme: "dark" as const, platform: "Mac" as const },
    lang: "fr-FR",
    dark: true,
    platform: "Mac",
  },
  {
    notes: "web",
    options: { platform: "OfficeOnline" as const },
    lang: "en-US",
    dark: false,
    platform: "OfficeOnline",
  },
];
test.each(configs)("configured: $notes", async ({ options, lang, dark, platform }) => {
  sim = installSimulatedHost(options);
  expect(Office.context.displayLanguage).toBe(lang);
  expect((Office.context.officeTheme as unknown as { isDarkTheme: boolean }).isDarkTheme).toBe(dark);
  expect((await Office.onReady()).platform).toBe(platform);
  expect(Office.context.platform).toBe(platform);
});

test("an older ExcelApi version refuses newer members with ApiNotFound", async () => {
  sim = installSimulatedHost({ excelApiVersion: "1.9" });
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  const error = await runError(async (context) => {
    context.workbook.comments.add("Sheet1!A1", "note");
    await context.sync();
  });
  expect(error.code).toBe("ApiNotFound");
});

test("cultureInfo follows the display language and date order", async () => {
  sim = installSimulatedHost({ displayLanguage: "de-DE" });
  await Excel.run(async (context) => {
    const dt = context.application.cultureInfo.datetimeFormat.load("shortDatePattern,dateSeparator");
    const nf = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
    await context.sync();
    expect([dt.shortDatePattern, dt.dateSeparator, nf.numberDecimalSeparator]).toEqual([
      "dd.MM.yyyy",
      ".",
      ",",
    ]);
  });
  sim.uninstall();
  sim = installSimulatedHost();
  await Excel.run(async (context) => {
    const dt = context.application.cultureInfo.datetimeFormat.load("shortDatePattern");
    await context.sync();
    expect(dt.shortDatePattern).toBe("M/d/yyyy");
  });
});

test("uninstall restores the previous globals", () => {
  const holder: Record<string, unknown> = { Office: "before" };
  const handle = installSimulatedHost({ target: holder });
  expect(typeof (holder.Excel as { run: unknown }).run).toBe("function");
  handle.uninstall();
  expect(holder).toEqual({ Office: "before" });
});

test("onChange fires after a request that wrote, not after a read-only one, and after user actions", async () => {
  sim = installSimulatedHost();
  let changes = 0;
  const stop = sim.onChange(() => changes++);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    await context.sync();
    context.workbook.worksheets.getItem("Sheet1").load("name");
    await context.sync();
  });
  expect(changes).toBe(1);
  sim.paste("Sheet1", "B2", [["1/30/2020", "00123"]]);
  expect(changes).toBe(2);
  expect(sim.sheet("Sheet1").values("B2:C2")).toEqual([[43860, 123]]);
  stop();
  sim.typeCell("Sheet1", "A1", "y");
  expect(changes).toBe(2);
});

const queries = [
  {
    notes: "all switches",
    query:
      "?sim-lang=fr-FR&sim-theme=dark&sim-platform=Mac&sim-api=1.9&sim-date1904=1&sim-sheets=A,B&sim-payload=none",
    expected: {
      displayLanguage: "fr-FR",
      theme: "dark",
      platform: "Mac",
      excelApiVersion: "1.9",
      dateSystem: 1904,
      sheets: ["A", "B"],
      payloadLimitBytes: null,
    },
  },
  { notes: "sim-web=1 means Excel on the web", query: "?sim-web=1", expected: { platform: "OfficeOnline" } },
  {
    notes: "unknown values are ignored",
    query: "?sim-theme=purple&sim-platform=Amiga&sim-api=two&sim-payload=-1",
    expected: {},
  },
  { notes: "no query", query: "", expected: {} },
];
test.each(queries)("optionsFromQuery: $notes", ({ query, expected }) => {
  expect(optionsFromQuery(query)).toEqual(expected);
});

test("Office.initialize set by the page is called once the host is ready", async () => {
  sim = installSimulatedHost();
  const reasons: unknown[] = [];
  // eslint-disable-next-line office-addins/no-office-initialize -- the host must still honour the legacy hook
  Office.initialize = (reason) => reasons.push(reason);
  await Office.onReady();
  await Promise.resolve();
  expect(reasons).toEqual(["documentOpened"]);
});
