import { CELL, defineFindings, type ParamsFor } from "./spec";
import { FINDINGS, FINDING_CODES, isFindingCode, type FindingParams } from "./index";

const placeholders = (text: string) => [
  ...new Set((text.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1))),
];

describe("finding registry", () => {
  it.each(FINDING_CODES)(
    "%s has a severity, a title and a message that uses only its required params",
    (code) => {
      const record = FINDINGS[code];
      expect(["error", "warning", "notice"]).toContain(record.severity);
      expect(record.title.trim()).not.toBe("");
      expect(record.message.trim()).not.toBe("");
      const required = Object.entries(record.params as Record<string, string>)
        .filter(([, type]) => !type.endsWith("?"))
        .map(([name]) => name);
      expect(placeholders(record.message).filter((name) => !required.includes(name))).toEqual([]);
    },
  );

  it("declares column and value on every cell finding, so every cell message can name them", () => {
    const cellCodes = FINDING_CODES.filter((code) => "value" in FINDINGS[code].params);
    for (const code of cellCodes)
      expect([code, FINDINGS[code].params]).toMatchObject([code, { column: "text" }]);
    expect(cellCodes.length).toBeGreaterThan(50);
  });

  const lookups = [
    { code: "consent-no", known: true, notes: "a registered code" },
    { code: "toString", known: false, notes: "an inherited property is no code" },
    { code: "rule-added-tomorrow", known: false, notes: "a newer engine's code" },
  ];
  it.each(lookups)("isFindingCode($code) is $known ($notes)", ({ code, known }) => {
    expect(isFindingCode(code)).toBe(known);
  });
});

// Compile-time guarantees (the error lands on the record's key): `npm run typecheck` fails if any @ts-expect-error below stops being an error.
describe("compile-time checks of messages and params", () => {
  it("rejects a message that uses a parameter its code does not declare", () => {
    const records = defineFindings({
      // @ts-expect-error {fix} is optional for a plain cell finding, so its message may not rely on it
      "made-up": {
        severity: "warning",
        params: { ...CELL, part: "text" },
        title: "Made up",
        message: '{column} value "{value}" becomes "{fix}" ({part}).',
      },
      // @ts-expect-error {max} is not declared (the error names it: undeclaredParameter "max")
      "made-up-too": {
        severity: "notice",
        params: { count: "number" },
        title: "Made up too",
        message: "{count} of {max}.",
      },
    });
    expect(Object.keys(records)).toEqual(["made-up", "made-up-too"]);
  });

  it("types a code's params from its record", () => {
    const ok: FindingParams<"too-many-records"> = { count: 5, max: 2, files: 3 };
    // @ts-expect-error count is a number
    const wrongType: FindingParams<"too-many-records"> = { count: "5", max: 2, files: 3 };
    // @ts-expect-error files is missing
    const missing: FindingParams<"too-many-records"> = { count: 5, max: 2 };
    // @ts-expect-error rows is not a parameter of this code
    const extra: FindingParams<"too-many-records"> = { count: 5, max: 2, files: 3, rows: 1 };
    const optional: ParamsFor<typeof CELL> = { column: "Deal Name", value: "x" };
    expect([ok, wrongType, missing, extra, optional]).toHaveLength(5);
  });
});
