// Number formats that change what a cell means, on the simulated host: Check, Fix and Save read
// what the user sees (40% not 0.4, 01234 not 1234), in the same number of requests.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { readCsvText } from "../core/csv";
import { createWorkbookOps } from "./index";
import { a1, exampleTable, putTable, savedText } from "./testSheets";
import { findColumn } from "./columns";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const SHEET = "Deals";

function setUp() {
  sim = installRealClientHost({ sheets: [SHEET] });
  const table = exampleTable("clean");
  putTable(sim, SHEET, table);
  const header = table.rows[0];
  const at = (column: string, row = 1) => a1(row, findColumn(header, column));
  return { table, header, at };
}

describe("number formats that change the meaning", () => {
  it("a Sales Stage typed as 40% (0.4 shown as 40%) is read as 40%: a notice whose fix is 40, and 40 in the file", async () => {
    const { header, at } = setUp();
    // A user types 40% into a General cell: Excel keeps 0.4 and formats it 0%.
    sim.setCell(SHEET, at("Sales Stage"), null, "General");
    sim.typeCell(SHEET, at("Sales Stage"), "40%");
    expect(sim.sheet(SHEET).cell(at("Sales Stage"))).toMatchObject({ value: 0.4, numberFormat: "0%" });
    const ops = createWorkbookOps();
    const { result } = await ops.check({ dateOrder: "auto" });
    const stage = result.findings.filter((f) => f.column === "Sales Stage");
    expect(stage.map((f) => [f.code, f.severity, f.value, f.fix])).toEqual([
      ["sales-stage-format", "notice", "40%", "40"],
    ]);
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    const back = readCsvText(await savedText(file));
    if (!back.ok) throw new Error("CSV does not read back");
    expect(back.table.rows[1][findColumn(header, "Sales Stage")]).toBe("40");
    // Fixing the cell: it still holds what the check saw, so it is fixed.
    expect(await ops.applyFixes(stage)).toEqual({ changed: 1 });
    expect(sim.sheet(SHEET).cell(at("Sales Stage"))).toMatchObject({ value: "40", numberFormat: "@" });
  });

  it("zero-led postal code and D-U-N-S ID shown through 00000 / 000000000 keep their zeros; a date format on a number reads as the date", async () => {
    const { header, at } = setUp();
    sim.setCell(SHEET, at("Customer Postal code"), 2134, "00000");
    sim.setCell(SHEET, at("Customer D-U-N-S ID"), 81466849, "000000000");
    sim.setCell(SHEET, at("Customer Postal code", 2), 2134, "00000-0000");
    sim.setCell(SHEET, at("CRM ID"), 42, '"CRM-"00000');
    sim.setCell(SHEET, at("Notes"), 46052, "d-mmm-yy");
    sim.setCell(SHEET, at("Estimated Deal Value"), 12563, "$#,##0.00");
    const ops = createWorkbookOps();
    sim.resetSyncCount();
    const { result } = await ops.check({ dateOrder: "auto", highlight: false });
    // Values and formats come in the same request: no request is added.
    expect(sim.syncCount).toBe(2);
    const codes = (column: string) => result.findings.filter((f) => f.column === column).map((f) => f.code);
    expect(codes("Customer D-U-N-S ID")).toEqual([]);
    expect(codes("Estimated Deal Value")).toEqual([]);
    const [file] = await ops.buildCsv({ split: false, bom: false, dateOrder: "auto" });
    const back = readCsvText(await savedText(file));
    if (!back.ok) throw new Error("CSV does not read back");
    const cell = (column: string, row = 1) => back.table.rows[row][findColumn(header, column)];
    expect(cell("Customer Postal code")).toBe("02134");
    expect(cell("Customer D-U-N-S ID")).toBe("081466849");
    expect(cell("Customer Postal code", 2)).toBe("00000-2134");
    expect(cell("CRM ID")).toBe("CRM-00042");
    expect(cell("Notes")).toBe("1/30/2026");
    // A currency format only decorates the amount: the value is what Partner Center wants.
    expect(cell("Estimated Deal Value")).toBe("12563");
  });
});
