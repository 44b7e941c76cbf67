// A user paste over the checked data, as Excel's normal paste does it (simhost userPasteCells):
// values as copied, and the source's number format and data validation replace the destination's.
// A "@" date column becomes General (a pasted date shows as its serial) and the add-in's dropdowns
// vanish from the pasted cells. What the user relies on: Check still flags bad values there (it
// never relied on validation), dates read and save as M/D/YYYY in the workbook's date system, the
// live check follows the paste, Check says dropdowns were lost, and Add dropdowns puts them back
// without touching any other format.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import type { CheckOutcome } from "../taskpane/ports";
import { createTranslator } from "../taskpane/i18n/translate";
import { createWorkbookOps } from "./index";
import { a1, exampleTable, putTable, savedCell, savedText } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const table = exampleTable("clean");
const header = table.rows[0];
const COUNTRY = header.indexOf("Customer Country");
const CLOSE = header.indexOf("Estimated Close Date");
const SERIAL_1900 = 46052; // 1/30/2026, the first record's close date
const keys = (o: CheckOutcome) => o.result.findings.map((f) => `${f.cell}:${f.code}`).sort();

/** The clean example on "Deals", its close dates typed as text into "@" cells, with our dropdowns. */
async function setUp(options: { dateSystem?: 1900 | 1904; version?: string } = {}) {
  sim = installRealClientHost({
    sheets: ["Deals"],
    ...(options.dateSystem ? { dateSystem: options.dateSystem } : {}),
    ...(options.version ? { excelApiVersion: options.version } : {}),
  });
  putTable(sim, "Deals", table);
  for (let r = 1; r < table.rows.length; r++) sim.setCell("Deals", a1(r, CLOSE), table.rows[r][CLOSE], "@");
  sim.setCell("Deals", a1(2, 4), table.rows[2][4], "@"); // a user's own format, to see it kept
  sim.activate("Deals");
  const ops = createWorkbookOps({ liveDelayMs: 0 });
  await ops.applyDropdowns();
  return ops;
}

/** Ctrl+V of two cells copied elsewhere: a country written out (not on the list) and a General date serial. */
function pasteOverFirstRecord(serial: number): void {
  sim.pasteCells("Deals", a1(1, COUNTRY), [[{ value: "Germany" }]]);
  sim.pasteCells("Deals", a1(1, CLOSE), [[{ value: serial, numberFormat: "General" }]]);
}

describe.each(["1.9", "1.20"])("a user paste over the data (ExcelApi %s)", (version) => {
  it("the simulated paste: the dropdown is gone from the pasted cell, the '@' date cell is General and shows the serial", async () => {
    await setUp({ version });
    expect(sim.sheet("Deals").cell(a1(1, COUNTRY)).validation?.rule).toHaveProperty("list");
    pasteOverFirstRecord(SERIAL_1900);
    const country = sim.sheet("Deals").cell(a1(1, COUNTRY));
    const date = sim.sheet("Deals").cell(a1(1, CLOSE));
    expect(country.validation).toBeNull();
    expect(sim.sheet("Deals").cell(a1(2, COUNTRY)).validation?.rule).toHaveProperty("list");
    expect([date.value, date.numberFormat, date.text]).toEqual([SERIAL_1900, "General", "46052"]);
  });

  it("Check flags the bad pasted value without its dropdown, reads the serial as the same date, and says dropdowns were lost", async () => {
    const ops = await setUp({ version });
    const before = await ops.check({ dateOrder: "auto" });
    expect(before.sheet.dropdownsMissing).toBeUndefined();
    pasteOverFirstRecord(SERIAL_1900);
    const after = await ops.check({ dateOrder: "auto" });
    const added = keys(after).filter((k) => !keys(before).includes(k));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((k) => k.startsWith(`${a1(1, COUNTRY)}:`))).toBe(true);
    expect(after.result.findings.some((f) => f.cell === a1(1, CLOSE))).toBe(false);
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    expect(savedCell(await savedText(file), 1, CLOSE)).toBe("1/30/2026");
    expect(after.sheet.dropdownsMissing).toEqual(["Customer Country"]);
    expect(createTranslator("en").t("summaryDropdownsMissing", { columns: "Customer Country" })).toBe(
      "Some cells of Customer Country have lost their dropdown (pasting replaces it); choose Add dropdowns to put it back.",
    );
  });

  it("Save writes the pasted serial as M/D/YYYY", async () => {
    const ops = await setUp({ version });
    pasteOverFirstRecord(SERIAL_1900);
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    const firstRecord = (await savedText(file)).split(/\r?\n/)[1];
    expect(firstRecord).toContain(",1/30/2026,");
    expect(firstRecord).not.toContain("46052");
  });

  it("Add dropdowns again puts the list back on the pasted cells and changes no other format", async () => {
    const ops = await setUp({ version });
    pasteOverFirstRecord(SERIAL_1900);
    const formats = () =>
      [a1(1, COUNTRY), a1(1, CLOSE), a1(2, CLOSE), a1(2, 4)].map((c) => {
        const { numberFormat, fill, fontColor, conditionalFormats } = sim.sheet("Deals").cell(c);
        return { numberFormat, fill, fontColor, conditionalFormats };
      });
    const kept = formats();
    await ops.applyDropdowns();
    expect(sim.sheet("Deals").cell(a1(1, COUNTRY)).validation?.rule).toEqual(
      sim.sheet("Deals").cell(a1(2, COUNTRY)).validation?.rule,
    );
    expect(formats()).toEqual(kept);
    expect((await ops.check({ dateOrder: "auto" })).sheet.dropdownsMissing).toBeUndefined();
  });

  it("the live check follows the paste: the bad value is flagged, the serial date is not", async () => {
    const ops = await setUp({ version });
    const updates: CheckOutcome[] = [];
    await ops.follow({ sheetChanged: () => undefined, rechecked: (o) => updates.push(o) });
    const before = await ops.check({ dateOrder: "auto" });
    pasteOverFirstRecord(SERIAL_1900);
    await sim.eventsDelivered();
    await ops.liveSettled();
    const live = updates[updates.length - 1];
    expect(live).toBeDefined();
    const whole = await ops.check({ dateOrder: "auto", highlight: false });
    expect(live.result).toEqual(whole.result);
    expect(keys(live).length).toBeGreaterThan(keys(before).length);
    expect(live.result.findings.some((f) => f.cell === a1(1, CLOSE))).toBe(false);
  });
});

describe("the workbook's date system is respected for a pasted serial", () => {
  it("1904: other close dates show their year, so the pasted General serial reads as the same day", async () => {
    const ops = await setUp({ dateSystem: 1904 });
    // The other records' close dates as real 1904 dates (what tells the add-in the date system).
    for (let r = 2; r < table.rows.length; r++)
      sim.setCell("Deals", a1(r, CLOSE), SERIAL_1900 - 1462 + r, "m/d/yyyy");
    pasteOverFirstRecord(SERIAL_1900 - 1462);
    const outcome = await ops.check({ dateOrder: "auto" });
    expect(outcome.sheet.dateSystem).toBe(1904);
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    expect(savedCell(await savedText(file), 1, CLOSE)).toBe("1/30/2026");
  });
});
