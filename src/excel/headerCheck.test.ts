// checkHeader on the simulated host: header findings before any check, in two requests.
import { installSimulatedHost, type SimHandle } from "../simhost";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Sheet1"] });
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

  it("reports an empty sheet as empty, with one request", async () => {
    sim.resetSyncCount();
    const result = await createWorkbookOps().checkHeader();
    expect(result).toEqual({ sheetName: "Sheet1", empty: true, columns: 0, findings: [] });
    expect(sim.syncCount).toBe(1);
  });
});
