// Account-match dropdowns on the simulated workbook, through Microsoft's Office.js client: each
// record's Final account match offers that record's own suggestions (checked with the host's own
// list semantics: dataValidation.valid), lists shared and written in few requests, on sheets
// opened from a CSV or pasted; choosing a suggestion clears the row's notice live.
import { templateHeader } from "../core/catalogue";
import { installSimulatedHost, type SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import type { CheckOutcome } from "../taskpane/ports";
import { ACCOUNT_ALERT_TITLE, CHOICES_SHEET_NAME, planRuns } from "./accountDropdowns";
import { createWorkbookOps } from "./index";
import { a1 } from "./testSheets";

let sim: SimHandle;
afterEach(() => sim?.uninstall());

const HEADER = [
  "Deal Name",
  "Final account match",
  "Confidence",
  "Managed account 1",
  "Managed account 2",
  "Unmanaged account 1",
  "DUNS account 1",
];
const M1 = "MicrosoftID: 6-ABCDEFG23XB, AccountName: Contoso, AccountAddress: 1 Main St";
const M2 = "MicrosoftID: 7-QWERTY12, AccountName: Contoso Europe, AccountAddress: 2 Rue, Paris";
const U1 = "MicrosoftID: 11-1FG2G, AccountName: Contoso Ltd, AccountAddress: PO BOX 80456";
const D1 = "DUNSID: 659410848, AccountName: CONTOSO";
const F1 = "MicrosoftID: 9-FABRIKAM1, AccountName: Fabrikam, AccountAddress: 3 High St";

const ROWS = [
  HEADER,
  ["Contoso deal", "", "Low", M1, M2, U1, D1],
  ["Contoso again", M1, "High", M1, M2, U1, D1],
  ["Fabrikam deal", "", "Medium", F1, "", "", ""],
  ["No match", "", "", "", "", "", ""],
  ["Contoso third", "", "Low", M1, M2, U1, D1],
];

/** Reads a Final account match rule's items from the helper sheet it points at. */
function itemsOf(cell: string, sheet = "Deals"): string[] | null {
  const validation = sim.sheet(sheet).cell(cell).validation;
  if (!validation) return null;
  const source = (validation.rule as { list: { source: string } }).list.source;
  const match = /^='(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
  if (!match) throw new Error(`unexpected source ${source}`);
  return sim.sheet(match[1]).values(`${match[2]}${match[3]}:${match[4]}${match[5]}`)[0] as string[];
}

/** What the host's own list check says of a value typed into the cell (case-insensitive, as Excel). */
async function accepts(cell: string, value: string): Promise<boolean> {
  sim.setCell("Deals", cell, value);
  return Excel.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("Deals").getRange(cell).dataValidation;
    validation.load("valid");
    await context.sync();
    return validation.valid;
  });
}

describe("applyAccountDropdowns", () => {
  it("offers each record its own suggestions, shares identical lists, in three requests", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    ROWS.forEach((row, r) => row.forEach((v, c) => v !== "" && sim.setCell("Deals", a1(r, c), v)));
    sim.activate("Deals");
    sim.resetSyncCount();
    const outcome = await createWorkbookOps().applyAccountDropdowns();
    expect(sim.syncCount).toBe(3); // shape and header, the records, the writes
    expect(outcome).toEqual({ sheetName: "Deals", rows: 4, lists: 2 });

    expect(itemsOf("B1")).toBeNull(); // header untouched
    expect(itemsOf("B2")).toEqual([M1, M2, U1, D1]);
    expect(itemsOf("B3")).toEqual([M1, M2, U1, D1]);
    expect(itemsOf("B4")).toEqual([F1]);
    expect(itemsOf("B5")).toBeNull(); // no suggestions: no dropdown
    expect(itemsOf("B6")).toEqual([M1, M2, U1, D1]);
    // Identical lists point at one helper row.
    expect(sim.sheet("Deals").cell("B6").validation?.rule).toEqual(
      sim.sheet("Deals").cell("B2").validation?.rule,
    );
    expect(sim.sheet(CHOICES_SHEET_NAME).visibility).toBe("Hidden");
    expect(sim.sheet("Deals").cell("B2").validation?.errorAlert).toMatchObject({
      showAlert: true,
      style: "Warning",
      title: ACCOUNT_ALERT_TITLE,
    });

    // The host's own list semantics: a row accepts its own suggestions and not another row's.
    expect(await accepts("B2", U1)).toBe(true);
    expect(await accepts("B2", F1)).toBe(false);
    expect(await accepts("B4", F1)).toBe(true);
    expect(await accepts("B4", M1)).toBe(false);
  });

  it("re-applied after the suggestions changed: stale rules go, one helper sheet, the same request count", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    ROWS.forEach((row, r) => row.forEach((v, c) => v !== "" && sim.setCell("Deals", a1(r, c), v)));
    sim.activate("Deals");
    const ops = createWorkbookOps();
    await ops.applyAccountDropdowns();
    // Fabrikam's suggestion is removed, and the last row gets a suggestion of its own.
    sim.setCell("Deals", "D4", "");
    sim.setCell("Deals", "G5", D1);
    sim.resetSyncCount();
    const again = await ops.applyAccountDropdowns();
    expect(sim.syncCount).toBe(3);
    expect(again).toMatchObject({ rows: 4, lists: 2 });
    expect(itemsOf("B4")).toBeNull();
    expect(itemsOf("B5")).toEqual([D1]);
    expect(itemsOf("B2")).toEqual([M1, M2, U1, D1]);
    expect(sim.sheetNames()).toEqual(["Deals", CHOICES_SHEET_NAME]);
  });

  it("works on a processed file opened with Open CSV, wherever the columns are", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const header = templateHeader();
    const line = (cells: Record<string, string>) =>
      header.map((h) => `"${(cells[h] ?? "").replace(/"/g, '""')}"`).join(",");
    const csv = [
      header.join(","),
      line({ "Deal Name": "A", "Managed account 1": M1, "DUNS account 2": D1, Confidence: "Low" }),
      line({ "Deal Name": "B", "Unmanaged account 2": U1 }),
    ].join("\r\n");
    const ops = createWorkbookOps();
    const opened = await ops.openCsv({ name: "processed.csv", bytes: new TextEncoder().encode(csv) });
    expect(opened.ok).toBe(true);
    const outcome = await ops.applyAccountDropdowns();
    expect(outcome).toMatchObject({ rows: 2, lists: 2 });
    const col = header.indexOf("Final account match");
    const sheet = outcome.sheetName;
    expect(itemsOf(a1(1, col), sheet)).toEqual([M1, D1]);
    expect(itemsOf(a1(2, col), sheet)).toEqual([U1]);
  });

  it("works on a processed file pasted into an empty sheet", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    sim.activate("Deals");
    sim.paste("Deals", "C3", ROWS);
    const outcome = await createWorkbookOps().applyAccountDropdowns();
    expect(outcome).toMatchObject({ rows: 4, lists: 2 });
    expect(itemsOf("D4")).toEqual([M1, M2, U1, D1]);
    expect(itemsOf("D6")).toEqual([F1]);
    expect(itemsOf("D3")).toBeNull();
  });

  it("refuses a sheet that is not a processed file, and creates nothing", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    sim.setCell("Deals", "A1", "Deal Name");
    sim.setCell("Deals", "B1", "Final account match");
    sim.setCell("Deals", "A2", "Deal");
    sim.activate("Deals");
    await expect(createWorkbookOps().applyAccountDropdowns()).rejects.toMatchObject({
      code: "NoAccountSuggestions",
    });
    expect(sim.sheetNames()).toEqual(["Deals"]);
    expect(sim.sheet("Deals").cell("B2").validation).toBeNull();
  });

  it("5,000 records with different suggestions: every request under the 5 MB cap, few of them", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const rows = [HEADER];
    for (let r = 1; r <= 5000; r++) {
      const id = (n: number) =>
        `MicrosoftID: ${r}-ACC${n}, AccountName: Customer ${r} ${n}, AccountAddress: ${r} Long Street Name, Redmond WA 98052`;
      rows.push([
        `Deal ${r}`,
        "",
        "Medium",
        id(1),
        id(2),
        id(3),
        `DUNSID: ${100000000 + r}, AccountName: CUSTOMER ${r}`,
      ]);
    }
    sim.addSheet("Big", rows);
    sim.activate("Big");
    sim.resetSyncCount();
    const outcome = await createWorkbookOps().applyAccountDropdowns();
    expect(outcome).toMatchObject({ rows: 5000, lists: 5000 });
    // Reads: shape + 1 chunk; writes split by measured size (3 requests, largest 4.2 MB on 2026-12-02).
    expect(sim.syncCount).toBeLessThanOrEqual(8);
    expect(sim.requests.every((r) => r.error === undefined)).toBe(true);
    const largest = Math.max(...sim.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
    expect(largest).toBeLessThan(5 * 1024 * 1024);
    expect(itemsOf("B5001", "Big")).toEqual(rows[5000].slice(3));
  });
});

describe("planRuns", () => {
  const cases = [
    {
      rows: [
        { tableRow: 1, choices: ["a"] },
        { tableRow: 2, choices: ["a"] },
        { tableRow: 4, choices: ["a"] },
        { tableRow: 5, choices: ["b", "a"] },
      ],
      lists: [["a"], ["b", "a"]],
      runs: [
        { first: 1, count: 2, list: 0 },
        { first: 4, count: 1, list: 0 },
        { first: 5, count: 1, list: 1 },
      ],
      notes:
        "adjacent rows with one list share a rule; a gap (a row without suggestions) starts a new rule on the same list",
    },
    {
      rows: [
        { tableRow: 1, choices: ["a", "b"] },
        { tableRow: 2, choices: ["b", "a"] },
      ],
      lists: [
        ["a", "b"],
        ["b", "a"],
      ],
      runs: [
        { first: 1, count: 1, list: 0 },
        { first: 2, count: 1, list: 1 },
      ],
      notes: "order is part of the list: managed before unmanaged before DUNS as the row has them",
    },
  ];
  it.each(cases)("$notes", ({ rows, lists, runs }) => {
    expect(planRuns(rows)).toEqual({ lists, runs });
  });
});

describe("choosing a suggestion", () => {
  it("clears the row's account-match notice live (Check as I edit), without pressing Check", async () => {
    sim = installSimulatedHost({ sheets: ["Sheet1"] });
    const header = templateHeader();
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? "");
    const example = {
      "Deal Name": "Contoso deal",
      "Customer Name": "Contoso",
      "Managed account 1": M1,
      "Unmanaged account 1": U1,
    };
    sim.addSheet("Deals", [header, row(example)]);
    sim.activate("Deals");
    const ops = createWorkbookOps({ liveDelayMs: 0 });
    const updates: CheckOutcome[] = [];
    await ops.follow({ sheetChanged: () => undefined, rechecked: (outcome) => updates.push(outcome) });
    await ops.applyAccountDropdowns();
    const checked = await ops.check({ dateOrder: "auto" });
    const cell = a1(1, header.indexOf("Final account match"));
    const at = (outcome: CheckOutcome) =>
      outcome.result.findings.filter((f) => f.cell === cell).map((f) => f.code);
    expect(at(checked)).toEqual(["account-match-empty"]);
    const offered = itemsOf(cell) ?? [];
    expect(offered).toEqual([M1, U1]);

    sim.typeCell("Deals", cell, offered[1]); // what picking the second item of the dropdown writes
    await sim.eventsDelivered();
    await ops.liveSettled();
    expect(updates.length).toBeGreaterThan(0);
    expect(at(updates[updates.length - 1])).toEqual([]);
    // And the live result is a whole check's.
    const whole = await ops.check({ dateOrder: "auto", highlight: false });
    expect(updates[updates.length - 1].result).toEqual(whole.result);
  });
});
