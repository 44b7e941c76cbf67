// Excel's input coercion: what a string written to a cell becomes, with and without Text ("@").
import { coerceInput, type CoercionSettings } from "./coercion";
import { installSimulatedHost, type SimHandle } from "./index";
import { displayText } from "./numberFormat";
import { read, write } from "./testSupport";

const US: CoercionSettings = { dateSystem: 1900, dateOrder: "MDY" };

describe("coerceInput (General cell, en-US)", () => {
  const cases = [
    { input: "1/30/2020", value: 43860, format: "m/d/yyyy", notes: "the reason the project writes @ first" },
    { input: "00123", value: 123, format: undefined, notes: "leading zeros are lost" },
    { input: "1,234", value: 1234, format: "#,##0", notes: "thousands separator" },
    { input: "12%", value: 0.12, format: "0%", notes: "percent" },
    { input: "$5.50", value: 5.5, format: "$#,##0.00", notes: "currency" },
    { input: "(5)", value: -5, format: undefined, notes: "accounting negative" },
    { input: "1e3", value: 1000, format: "0.00E+00", notes: "scientific" },
    { input: "TRUE", value: true, format: undefined, notes: "boolean literal" },
    { input: "false", value: false, format: undefined, notes: "case-insensitive boolean" },
    { input: "2020-01-30", value: 43860, format: "m/d/yyyy", notes: "ISO date" },
    { input: "30-Jan-2020", value: 43860, format: "m/d/yyyy", notes: "d-mmm-yyyy" },
    { input: "1/30/20", value: 43860, format: "m/d/yyyy", notes: "two-digit year < 30 is 20xx" },
    {
      input: "30/1/2020",
      value: "30/1/2020",
      format: undefined,
      notes: "month 30 is no date in MDY: stays text",
    },
    { input: "12:30", value: 0.520833333333333, format: "h:mm", notes: "time of day" },
    { input: "2/29/1900", value: 60, format: "m/d/yyyy", notes: "Excel's fictitious leap day" },
    { input: "3/1/1900", value: 61, format: "m/d/yyyy", notes: "after the bug" },
    { input: "1/1/1900", value: 1, format: "m/d/yyyy", notes: "serial 1" },
    {
      input: "1234567890123456789",
      value: 1234567890123460000,
      format: undefined,
      notes: "15 significant digits",
    },
    {
      input: "'00123",
      value: "00123",
      format: undefined,
      notes: "quote prefix keeps text, without the quote",
    },
    { input: "#N/A", value: "#N/A", format: undefined, notes: "error literal" },
    { input: "ACME Ltd", value: "ACME Ltd", format: undefined, notes: "plain text" },
    { input: "", value: "", format: undefined, notes: "empty" },
    { input: "12345-6789", value: "12345-6789", format: undefined, notes: "zip+4 is no number" },
  ];
  test.each(cases)("$input → $value ($notes)", ({ input, value, format }) => {
    const out = coerceInput(input, "General", US);
    expect(out.value).toBe(value);
    expect(out.impliedFormat).toBe(format);
  });

  test("a Text cell keeps every string verbatim", () => {
    for (const { input } of cases) expect(coerceInput(input, "@", US).value).toBe(input);
  });

  test("DMY locales read 30/1/2020 as a date and 1/30/2020 as text", () => {
    const uk: CoercionSettings = { dateSystem: 1900, dateOrder: "DMY" };
    expect(coerceInput("30/1/2020", "General", uk).value).toBe(43860);
    expect(coerceInput("1/30/2020", "General", uk).value).toBe("1/30/2020");
  });

  test("a non-General format is kept: no implied format", () => {
    expect(coerceInput("1/30/2020", "0.00", US)).toEqual({ value: 43860, impliedFormat: undefined });
  });
});

describe("display text", () => {
  const cases = [
    { value: 43860, format: "m/d/yyyy", system: 1900, text: "1/30/2020", notes: "date" },
    { value: 42398, format: "m/d/yyyy", system: 1904, text: "1/30/2020", notes: "same date in 1904" },
    {
      value: 43860,
      format: "m/d/yyyy",
      system: 1904,
      text: "1/31/2024",
      notes: "1900 serial shown by a 1904 workbook: 4 years later",
    },
    { value: 60, format: "m/d/yyyy", system: 1900, text: "2/29/1900", notes: "leap-year bug" },
    { value: 43860, format: "dd/mm/yyyy", system: 1900, text: "30/01/2020", notes: "day first" },
    { value: 43860, format: "yyyy-mm-dd", system: 1900, text: "2020-01-30", notes: "ISO" },
    {
      value: 43860.5,
      format: "m/d/yyyy h:mm",
      system: 1900,
      text: "1/30/2020 12:00",
      notes: "minutes after hours",
    },
    { value: 0.125, format: "0%", system: 1900, text: "13%", notes: "percent rounds" },
    { value: 1234.5, format: "#,##0.00", system: 1900, text: "1,234.50", notes: "grouping" },
    { value: 123, format: "General", system: 1900, text: "123", notes: "general integer" },
    { value: 0.1 + 0.2, format: "General", system: 1900, text: "0.3", notes: "general rounds to 10 digits" },
    { value: 1.5e20, format: "General", system: 1900, text: "1.5E+20", notes: "scientific" },
    { value: true, format: "General", system: 1900, text: "TRUE", notes: "boolean" },
    { value: "00123", format: "@", system: 1900, text: "00123", notes: "text" },
  ] as const;
  test.each(cases)("$value with $format → $text ($notes)", ({ value, format, system, text }) => {
    expect(displayText(value, format, system)).toBe(text);
  });
});

describe("values written through Range", () => {
  let sim: SimHandle;
  afterEach(() => sim.uninstall());

  const cases = [
    {
      notes: "General: date string becomes a serial with m/d/yyyy",
      format: undefined,
      input: "1/30/2020",
      value: 43860,
      numberFormat: "m/d/yyyy",
      text: "1/30/2020",
    },
    {
      notes: "Text: the same string stays text",
      format: "@",
      input: "1/30/2020",
      value: "1/30/2020",
      numberFormat: "@",
      text: "1/30/2020",
    },
    {
      notes: "General: leading zeros lost",
      format: undefined,
      input: "00123",
      value: 123,
      numberFormat: "General",
      text: "123",
    },
    {
      notes: "Text: leading zeros kept",
      format: "@",
      input: "00123",
      value: "00123",
      numberFormat: "@",
      text: "00123",
    },
    {
      notes: "a number written to a Text cell stays a number",
      format: "@",
      input: 5,
      value: 5,
      numberFormat: "@",
      text: "5",
    },
    {
      notes: "a formula is evaluated when read",
      format: undefined,
      input: "=1+1",
      value: 2,
      numberFormat: "General",
      text: "2",
    },
    {
      notes: "in a Text cell a formula stays text",
      format: "@",
      input: "=1+1",
      value: "=1+1",
      numberFormat: "@",
      text: "=1+1",
    },
  ];
  test.each(cases)("$notes", async ({ format, input, value, numberFormat, text }) => {
    sim = installSimulatedHost();
    await write("Sheet1", "B2", [[input]], format ? [[format]] : undefined);
    const out = await read("Sheet1", "B2");
    expect(out).toEqual({ values: [[value]], text: [[text]], numberFormat: [[numberFormat]] });
  });

  test("null in a values array leaves that cell unchanged; a single value fills the range", async () => {
    sim = installSimulatedHost();
    await write("Sheet1", "A1:B1", [["keep", "x"]]);
    await write("Sheet1", "A1:B1", [[null, "y"]]);
    expect(sim.sheet("Sheet1").values("A1:B1")).toEqual([["keep", "y"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:C3");
      (range as unknown as { values: unknown }).values = "same";
      await context.sync();
    });
    expect(sim.sheet("Sheet1").values("A2:C3")).toEqual([
      ["same", "same", "same"],
      ["same", "same", "same"],
    ]);
  });

  test("a values array of the wrong size is InvalidArgument", async () => {
    sim = installSimulatedHost();
    await expect(write("Sheet1", "A1:B2", [["only one"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("1904 date system", () => {
  let sim: SimHandle;
  afterEach(() => sim.uninstall());

  const cases = [
    { notes: "a date typed in a 1904 workbook gets the 1904 serial", input: "1/30/2020", value: 42398 },
    { notes: "1/1/1904 is serial 0", input: "1/1/1904", value: 0 },
    { notes: "dates before 1904 are text in a 1904 workbook", input: "12/31/1903", value: "12/31/1903" },
  ];
  test.each(cases)("$notes", async ({ input, value }) => {
    sim = installSimulatedHost({ dateSystem: 1904 });
    await write("Sheet1", "A1", [[input]]);
    expect((await read("Sheet1", "A1")).values).toEqual([[value]]);
  });

  test("a scratch-cell probe tells the systems apart (write a date, read the serial back)", async () => {
    sim = installSimulatedHost();
    const probe = async () => {
      await write("Sheet1", "Z1", [["1/1/2000"]]);
      return (await read("Sheet1", "Z1")).values[0][0];
    };
    expect(await probe()).toBe(36526);
    sim.dateSystem = 1904;
    expect(await probe()).toBe(36526 - 1462);
  });
});
