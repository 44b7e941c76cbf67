import { FAKE_HOST_FACTS, makeFinding, makeOutcome } from "../testing/fakeOps";
import { diagnosticsReport, type DiagnosticsInput } from "./report";

const base: DiagnosticsInput = {
  addinVersion: "0.1.0",
  time: "2026-12-02T10:00:00.000Z",
  facts: FAKE_HOST_FACTS,
  paneLanguage: "en",
  userAgent: "Mozilla/5.0 (test)",
  lastCheck: null,
  lastSave: null,
  lastError: null,
  selfTest: null,
};

describe("diagnosticsReport", () => {
  it("names the host, the requirement sets, the culture and says nothing ran yet", () => {
    const text = diagnosticsReport(base);
    expect(text).toContain("Host: Excel on PC, version 16.0.14326.20000");
    expect(text).toContain("ExcelApi requirement sets: 1.1-1.14\n");
    expect(text).toContain('Workbook culture: en-US, decimal ".", thousands ",", short date M/d/yyyy');
    expect(text).toContain("Last check: none in this session");
    expect(text).toContain("Last error: none in this session");
    expect(text).toContain("Self-test: not run");
  });

  it("reports a gap in the requirement sets and a culture the host cannot give", () => {
    const sets = FAKE_HOST_FACTS.requirementSets.map((s) => ({
      ...s,
      supported: s.version !== "1.5" && s.supported,
    }));
    const text = diagnosticsReport({
      ...base,
      facts: { ...FAKE_HOST_FACTS, requirementSets: sets, culture: null },
    });
    expect(text).toContain("ExcelApi requirement sets: 1.1-1.14 except 1.5\n");
    expect(text).toContain("Workbook culture: unknown (needs ExcelApi 1.11)");
  });

  it("carries the last check, save, error and self-test, but no cell of the user's data", () => {
    const secret = "Contoso secret deal";
    const outcome = makeOutcome([makeFinding({ value: secret, message: `Deal Name "${secret}" is wrong` })]);
    const text = diagnosticsReport({
      ...base,
      lastCheck: { ...outcome, highlightsFailed: true },
      lastSave: "text to copy",
      lastError: {
        where: "refreshMarks",
        code: "ItemNotFound",
        message: "The requested resource doesn't exist.",
        location: "ConditionalFormatCollection.getItem",
        statement: "formats.getItem(...)",
      },
      selfTest: [
        { step: "addSheet", outcome: "passed" },
        { step: "comment", outcome: "failed", detail: "NotImplemented: not here" },
      ],
    });
    expect(text).toContain(
      "Last check: 3 records, 1 errors, 0 warnings, 0 notices; date system 1900, highlights not updated",
    );
    expect(text).toContain("Last save: text to copy");
    expect(text).toContain("Last error: ItemNotFound in refreshMarks: The requested resource doesn't exist.");
    expect(text).toContain("  location: ConditionalFormatCollection.getItem");
    expect(text).toContain("  comment: failed (NotImplemented: not here)");
    expect(text).not.toContain(secret);
  });

  it("still reports when the host facts could not be read", () => {
    const text = diagnosticsReport({ ...base, facts: null, factsError: "GeneralException" });
    expect(text).toContain("Host: unknown (GeneralException)");
    expect(text).toContain("ExcelApi requirement sets: unknown");
  });
});
