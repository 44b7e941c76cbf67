// readHostFacts on the simulated host: requirement sets, language and culture as the host reports them.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { readHostFacts } from "./hostFacts";

let sim: SimHandle;
afterEach(() => sim.uninstall());

describe("readHostFacts", () => {
  it("lists ExcelApi 1.1-1.20 with what the host supports, and the workbook culture", async () => {
    sim = installRealClientHost({ platform: "Mac", displayLanguage: "de-DE", excelApiVersion: "1.12" });
    const facts = await readHostFacts();
    expect(facts).toMatchObject({ host: "Excel", platform: "Mac", displayLanguage: "de-DE" });
    expect(facts.requirementSets).toHaveLength(20);
    expect(facts.requirementSets.filter((s) => s.supported).map((s) => s.version)).toEqual(
      Array.from({ length: 12 }, (_, i) => `1.${i + 1}`),
    );
    expect(facts.culture).toMatchObject({ name: "de-DE", decimalSeparator: "," });
    expect(facts.culture?.shortDatePattern).toMatch(/^d/i);
  });

  it("leaves the culture out on a host without ExcelApi 1.11", async () => {
    sim = installRealClientHost({ excelApiVersion: "1.9" });
    const facts = await readHostFacts();
    expect(facts.culture).toBeNull();
    expect(facts.requirementSets.find((s) => s.version === "1.10")?.supported).toBe(false);
  });
});
