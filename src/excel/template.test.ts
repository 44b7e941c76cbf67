// insertTemplate on the simulated host: header, notes, formats, frozen row, widths, syncs.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";
import { REQUIRED_HEADER_FILL, OPTIONAL_HEADER_FILL, TEMPLATE_SHEET_NAME } from "./template";

let sim: SimHandle;
afterEach(() => sim.uninstall());

describe("insertTemplate", () => {
  it("fills the blank active sheet: header, notes, required headers, text rows, frozen header, in 3 syncs", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.resetSyncCount();
    const { sheetName } = await createWorkbookOps().insertTemplate({
      solutionColumns: 3,
      teamMemberColumns: 2,
    });
    expect(sim.syncCount).toBe(3); // look, write, notes
    expect(sheetName).toBe("Sheet1");
    const sheet = sim.sheet("Sheet1");
    const header = templateHeader({ solutionColumns: 3, teamMemberColumns: 2 });
    expect(sheet.values(`A1:${letters(header.length)}1`)[0]).toEqual(header);
    expect(header).toContain("Solution 3");
    expect(header).not.toContain("Solution 4");
    expect(sheet.freeze.rows).toBe(1);

    const col = (name: string) => letters(header.indexOf(name) + 1);
    const dealName = sheet.cell(`${col("Deal Name")}1`);
    expect(dealName.bold).toBe(true);
    expect(dealName.fill).toBe(REQUIRED_HEADER_FILL);
    expect(dealName.comment).toMatch(/^Required\. /);
    const notes = sheet.cell(`${col("Notes")}1`);
    expect(notes.bold).toBe(false);
    expect(notes.fill).toBe(OPTIONAL_HEADER_FILL);
    expect(notes.comment).toMatch(/^Optional\. /);
    expect(sheet.cell(`${col("Solution 2")}1`).bold).toBe(false);
    expect(sheet.cell(`${col("Solution 1")}1`).bold).toBe(true);

    // Data rows are text down to row 5,001, and no further.
    for (const a1 of ["A2", `${col("Estimated Close Date")}5001`, `${col("Customer Postal code")}300`]) {
      expect(sheet.cell(a1).numberFormat).toBe("@");
    }
    expect(sheet.cell("A5002").numberFormat).toBe("General");
    expect(sheet.columnWidth(0)).toBeGreaterThanOrEqual(60);
  });

  it("typing into the template keeps dates and leading zeros as text", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    await createWorkbookOps().insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 });
    sim.typeCell("Sheet1", "B2", "1/30/2020");
    sim.typeCell("Sheet1", "C2", "00123");
    expect(sim.sheet("Sheet1").cell("B2").value).toBe("1/30/2020");
    expect(sim.sheet("Sheet1").cell("C2").value).toBe("00123");
  });

  it("adds a new sheet when the active one has content, and again on a second run (idempotent, nothing overwritten)", async () => {
    sim = installRealClientHost({ sheets: ["Data"] });
    sim.setCell("Data", "A1", "keep me");
    const ops = createWorkbookOps();
    const first = await ops.insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 });
    const second = await ops.insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 });
    expect(first.sheetName).toBe(TEMPLATE_SHEET_NAME);
    expect(second.sheetName).toBe(`${TEMPLATE_SHEET_NAME} (2)`);
    expect(sim.sheet("Data").cell("A1").value).toBe("keep me");
    expect(sim.activeSheet).toBe(second.sheetName);
  });

  it.each([
    {
      counts: { solutionColumns: 0, teamMemberColumns: 99 },
      solutions: 1,
      members: 50,
      notes: "clamped to 1..50",
    },
    {
      counts: { solutionColumns: 50, teamMemberColumns: 1 },
      solutions: 50,
      members: 1,
      notes: "the maximum",
    },
  ])("column counts: $notes", async ({ counts, solutions, members }) => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    await createWorkbookOps().insertTemplate(counts);
    const header = sim
      .sheet("Sheet1")
      .values("A1:ZZ1")[0]
      .filter((v) => v !== "");
    expect(header.filter((h) => /^Solution \d+$/.test(String(h)))).toHaveLength(solutions);
    expect(header.filter((h) => /^Team member \d+$/.test(String(h)))).toHaveLength(members);
  });

  it.each([
    {
      code: "NotImplemented",
      notes: "Excel on Windows 2006/2104 reported ExcelApi 1.10 yet refused comments (office-js #1847)",
    },
    { code: "GeneralException", notes: "any other refusal of the comments step" },
  ])(
    "a host that refuses comments still gets the whole template, with input prompts: $notes",
    async ({ code }) => {
      sim = installRealClientHost({ sheets: ["Sheet1"], excelApiVersion: "1.10", failComments: code });
      const { sheetName } = await createWorkbookOps().insertTemplate({
        solutionColumns: 1,
        teamMemberColumns: 1,
      });
      expect(sheetName).toBe("Sheet1");
      const sheet = sim.sheet("Sheet1");
      expect(sheet.cell("A1").value).not.toBe("");
      expect(sheet.freeze.rows).toBe(1);
      expect(sheet.cell("A2").numberFormat).toBe("@");
      expect(sheet.comments()).toEqual([]);
      expect(sheet.cell("D1").validation?.prompt?.message).toMatch(/^Required\. /);
      expect(sim.requests.filter((r) => r.error === code)).toHaveLength(1);
    },
  );

  it("falls back to input prompts on hosts without comments (ExcelApi < 1.10)", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], excelApiVersion: "1.9" });
    await createWorkbookOps().insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 });
    const a1 = sim.sheet("Sheet1").cell("D1");
    expect(a1.comment).toBeNull();
    expect(a1.validation?.prompt?.message).toMatch(/^Required\. /);
    expect(sim.sheet("Sheet1").comments()).toEqual([]);
  });
});

function letters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
