// buildCsv on the simulated host: from values (not displayed text), split, BOM, names, read-only.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { readCsvText } from "../core/csv";
import { createWorkbookOps } from "./index";
import { a1, exampleTable, putTable, savedText } from "./testSheets";
import { findColumn } from "./columns";

let sim: SimHandle;
afterEach(() => sim.uninstall());

describe("buildCsv", () => {
  it("writes the sheet's values: dates as M/D/YYYY whatever the display, amounts without symbols", async () => {
    sim = installRealClientHost({ sheets: ["Q3 deals"], displayLanguage: "de-DE" });
    const table = exampleTable("clean");
    putTable(sim, "Q3 deals", table);
    const header = table.rows[0];
    sim.setCell("Q3 deals", a1(1, findColumn(header, "Estimated Close Date")), 46052, "dd.mm.yyyy");
    sim.setCell("Q3 deals", a1(1, findColumn(header, "Estimated Deal Value")), 12563.5, "#,##0.00 €");
    const before = sim.sheet("Q3 deals").values("A1:BZ20");
    sim.resetSyncCount();
    const files = await createWorkbookOps().buildCsv({ split: false, bom: true, dateOrder: "auto" });
    expect(sim.syncCount).toBe(2);
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe("Q3 deals.csv");
    expect((await savedText(files[0])).startsWith("\ufeff")).toBe(true);
    expect(files[0].records).toBe(table.rows.length - 1);
    const back = readCsvText(await savedText(files[0]));
    if (!back.ok) throw new Error("CSV does not read back");
    expect(back.table.rows[1][findColumn(header, "Estimated Close Date")]).toBe("1/30/2026");
    expect(back.table.rows[1][findColumn(header, "Estimated Deal Value")]).toBe("12563.5");
    expect(back.table.rows.slice(2)).toEqual(table.rows.slice(2));
    expect(sim.sheet("Q3 deals").values("A1:BZ20")).toEqual(before); // saving never changes the workbook
  });

  it.each([
    { records: 1000, split: true, names: ["Deals.csv"], notes: "exactly the limit: one file" },
    {
      records: 1001,
      split: true,
      names: ["Deals-part-1.csv", "Deals-part-2.csv"],
      notes: "one over: two parts",
    },
    { records: 1001, split: false, names: ["Deals.csv"], notes: "split not asked: one file" },
  ])("splits into ≤1,000-record files when asked: $notes", async ({ records, split, names }) => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const rows = [
      ["Deal Name", "Currency"],
      ...Array.from({ length: records }, (_, i) => [`Deal ${i}`, "USD"]),
    ];
    sim.addSheet("Deals", rows);
    sim.activate("Deals");
    const files = await createWorkbookOps().buildCsv({ split, bom: false, dateOrder: "auto" });
    expect(files.map((f) => f.name)).toEqual(names);
    expect(files.reduce((n, f) => n + f.records, 0)).toBe(records);
    for (const f of files) expect((await savedText(f)).startsWith("Deal Name,Currency\r\n")).toBe(true);
  });
});

describe("buildCsv writes what the checker would upload (RULES.md Saving)", () => {
  it("applies every notice's normalisation in the file, leaves errors and warnings, never changes the sheet", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const table = exampleTable("mistakes");
    putTable(sim, "Deals", table);
    const before = sim.sheet("Deals").values("A1:BZ20");
    const files = await createWorkbookOps().buildCsv({ split: false, bom: false, dateOrder: "auto" });
    const back = readCsvText(await savedText(files[0]));
    if (!back.ok) throw new Error("CSV does not read back");
    const header = table.rows[0];
    const at = (row: number, name: string) => back.table.rows[row][findColumn(header, name)];
    expect(at(1, "Estimated Close Date")).toBe("1/30/2026"); // was 30/01/2026
    expect(at(3, "Currency")).toBe("USD"); // was usd
    expect(at(4, "Share with Microsoft sales team")).toBe("Yes"); // was yes
    expect(at(11, "Sales Stage")).toBe("40"); // was 40%
    expect(at(13, "Customer Name")).toBe("Contoso Ltd"); // was " Contoso Ltd "
    expect(at(5, "Customer Country")).toBe("USA"); // an error: the user decides
    expect(at(6, "Customer D-U-N-S ID")).toBe("81466849"); // a warning: the user decides
    expect(sim.sheet("Deals").values("A1:BZ20")).toEqual(before);
  });

  it.each([
    { rows: [["Deal Name", "Currency"]], notes: "header only" },
    {
      rows: [
        ["Deal Name", "Currency"],
        ["", ""],
        ["", ""],
      ],
      notes: "header and blank rows",
    },
  ])("returns no file for a sheet without records: $notes", async ({ rows }) => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.addSheet("Empty", rows);
    sim.activate("Empty");
    expect(await createWorkbookOps().buildCsv({ split: false, bom: true, dateOrder: "auto" })).toEqual([]);
  });
});
