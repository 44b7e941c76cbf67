// The diagnostics self-test on the simulated host: what it reports, and that it leaves nothing behind.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { runSelfTest } from "./selfTest";

let sim: SimHandle;
afterEach(() => sim.uninstall());

describe("runSelfTest", () => {
  it("passes every step on a capable host and deletes its temporary sheet", async () => {
    sim = installRealClientHost({ sheets: ["Data", "CoSell self-test 1"], excelApiVersion: "1.12" });
    const steps = await runSelfTest();
    expect(steps.map((s) => [s.step, s.outcome])).toEqual([
      ["addSheet", "passed"],
      ["writeText", "passed"],
      ["dropdown", "passed"],
      ["conditionalFormat", "passed"],
      ["comment", "passed"],
      ["deleteSheet", "passed"],
    ]);
    // A sheet of the same name already there is neither reused nor removed.
    expect(sim.sheetNames()).toEqual(["Data", "CoSell self-test 1"]);
  });

  it("skips the comment where ExcelApi 1.10 is missing", async () => {
    sim = installRealClientHost({ sheets: ["Data"], excelApiVersion: "1.9" });
    const steps = await runSelfTest();
    expect(steps.find((s) => s.step === "comment")).toMatchObject({ outcome: "skipped" });
    expect(steps.filter((s) => s.outcome === "failed")).toEqual([]);
    expect(sim.sheetNames()).toEqual(["Data"]);
  });

  it("reports the refusal's code and stops when the sheet cannot be added", async () => {
    sim = installRealClientHost({ sheets: ["Data"] });
    sim.setEditMode(true);
    const steps = await runSelfTest();
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ step: "addSheet", outcome: "failed" });
    expect(steps[0].detail).toMatch(/^InvalidOperationInCellEditMode/);
  });
});
