// checkHeader on the simulated host: header findings before any check, in two requests.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installRealClientHost({ sheets: ["Sheet1"] });
});
afterEach(() => sim.uninstall());

describe("checkHeader", () => {
  const template = templateHeader();
  const cases = [
    {
      header: template,
      codes: [],
      notes: "the current template: nothing to say",
    },
    {
      header: template.filter((name) => name !== "Marketplace Purchase Intent"),
      codes: ["header-missing-new-template"],
      notes: "an old template lacks Marketplace Purchase Intent: download the new one",
    },
    {
      header: template.map((name) => (name === "Customer City" ? "Customer Ctiy" : name)),
      codes: ["header-missing-required", "header-unknown-suggest"],
      notes: "a typo: the column is missing and the misspelt one gets a did-you-mean",
    },
    {
      header: [...template, "Deal Name"],
      codes: ["header-duplicate"],
      notes: "the same column twice",
    },
  ];
  it.each(cases)("$notes", async ({ header, codes }) => {
    sim.addSheet("Deals", [header, header.map(() => "x")]);
    sim.activate("Deals");
    sim.resetSyncCount();
    const result = await createWorkbookOps().checkHeader();
    expect(result.findings.map((f) => f.code).sort()).toEqual([...codes].sort());
    expect(result.empty).toBe(false);
    expect(result.sheetName).toBe("Deals");
    expect(sim.syncCount).toBe(2);
  });

  it("finds the header where the data starts, not at A1, and gives sheet addresses", async () => {
    const header = [...templateHeader(), "Colour"];
    const sheet = sim.addSheet("Offset", []);
    sim.paste("Offset", "C3", [header]);
    sim.activate("Offset");
    const result = await createWorkbookOps().checkHeader();
    const unknown = result.findings.find((f) => f.code.startsWith("header-unknown"));
    expect(unknown?.row).toBe(3);
    expect(sheet.usedRange()).toMatch(/^C3:/);
  });

  it("says where the header is when title lines sit above it, as the checker does (two requests)", async () => {
    const header = templateHeader();
    sim.addSheet("Titled", [["Q3 pipeline"], [""], header, header.map(() => "x")]);
    sim.activate("Titled");
    sim.resetSyncCount();
    const result = await createWorkbookOps().checkHeader();
    expect(result.findings.map((f) => [f.code, f.message])).toEqual([
      ["header-row-below", "The header is on row 3: delete the rows above it."],
    ]);
    expect(result.columns).toBe(0);
    expect(sim.syncCount).toBe(2);
  });

  it("gives one error, nothing else, when the first row holds no template header", async () => {
    sim.addSheet("Notes", [
      ["name", "amount"],
      ["Contoso", "12"],
    ]);
    sim.activate("Notes");
    const result = await createWorkbookOps().checkHeader();
    expect(result.findings.map((f) => f.code)).toEqual(["header-row-missing"]);
  });

  it("counts the header row of a sheet that starts lower down in sheet rows", async () => {
    const sheet = sim.addSheet("Lower", []);
    sim.paste("Lower", "B4", [["Q3 pipeline"], [""], templateHeader()]);
    sim.activate("Lower");
    const result = await createWorkbookOps().checkHeader();
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([["header-row-below", { row: 6 }]]);
    expect(sheet.usedRange()).toMatch(/^B4:/);
  });

  it("reports an empty sheet as empty, with one request", async () => {
    sim.resetSyncCount();
    const result = await createWorkbookOps().checkHeader();
    expect(result).toEqual({ sheetName: "Sheet1", empty: true, columns: 0, findings: [] });
    expect(sim.syncCount).toBe(1);
  });
});
