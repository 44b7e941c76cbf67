import {
  COLUMNS,
  allowedValues,
  dropdownLists,
  lookupCountry,
  lookupCurrency,
  templateHeader,
} from "./index";

describe("templateHeader", () => {
  it("lists the 57 template columns in order with one of each repeating column by default", () => {
    const header = templateHeader();
    expect(header).toHaveLength(57);
    expect(header[0]).toBe("Errors");
    expect(header[23]).toBe("Estimated Close Date");
    expect(header[40]).toBe("Marketplace Purchase Intent");
    expect(header.slice(-3)).toEqual(["Solution 1", "Team member 1", "Microsoft team member 1"]);
  });

  it("expands repeating columns and caps them at 50", () => {
    const header = templateHeader({
      solutionColumns: 3,
      teamMemberColumns: 60,
      microsoftTeamMemberColumns: 0,
    });
    expect(header.filter((h) => /^Solution \d+$/.test(h))).toEqual([
      "Solution 1",
      "Solution 2",
      "Solution 3",
    ]);
    expect(header.filter((h) => h.startsWith("Team member "))).toHaveLength(50);
    expect(header.some((h) => h.startsWith("Microsoft team member"))).toBe(false);
  });

  it("has no duplicate names or aliases across columns", () => {
    const all = COLUMNS.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("dropdownLists", () => {
  it("keeps every note within Excel's 255-character limit", () => {
    for (const list of dropdownLists()) expect(list.note.length).toBeLessThanOrEqual(255);
  });

  it("gives the reason codes per substatus", () => {
    const reason = dropdownLists().find((d) => d.column === "Declined/Lost/Error reason");
    expect(reason?.bySubstatus?.Lost).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(reason?.bySubstatus?.Error).toHaveLength(9);
  });

  const cases = [
    { column: "Partner Referral Status", expected: ["New", "Active", "Closed"], notes: "closed enum" },
    { column: "Consent to share Customer/Partner contact", expected: ["Yes", "No"], notes: "yes/no column" },
    { column: "Sales Stage", expected: ["10", "20", "40", "60", "80", "100"], notes: "stage percentages" },
    { column: "Deal Name", expected: null, notes: "free text has no list" },
    { column: "Solution 1", expected: null, notes: "composite columns have no list" },
  ];
  it.each(cases)("allowedValues($column): $notes", ({ column, expected }) => {
    expect(allowedValues(column)).toEqual(expected);
  });
});

describe("lookups", () => {
  const cases = [
    { value: "US", country: { kind: "alpha2" }, notes: "canonical alpha-2" },
    { value: "us", country: { kind: "alpha2-case", alpha2: "US" }, notes: "case only" },
    { value: "USA", country: { kind: "other-form", alpha2: "US" }, notes: "alpha-3" },
    { value: "UK", country: { kind: "other-form", alpha2: "GB" }, notes: "common alias" },
    { value: "germany", country: { kind: "other-form", alpha2: "DE" }, notes: "English name" },
    { value: "Atlantis", country: { kind: "unknown" }, notes: "not a country" },
  ];
  it.each(cases)("lookupCountry($value): $notes", ({ value, country }) => {
    expect(lookupCountry(value)).toEqual(country);
  });

  it("classifies currencies", () => {
    expect(lookupCurrency("EUR")).toEqual({ kind: "ok" });
    expect(lookupCurrency("eur")).toEqual({ kind: "case", code: "EUR" });
    expect(lookupCurrency("EURO")).toEqual({ kind: "unknown" });
  });
});
