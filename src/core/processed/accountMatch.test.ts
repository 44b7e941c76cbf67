import { create, summaryOf, tableOf } from "../../../test/fixtures/engine/records";
import { checkTable } from "../check";
import { recheckRows, startLiveCheck } from "../live/recheck";
import { accountMatchChoices } from "./accountMatch";

const FAM = "Final account match";
const MANAGED = "MicrosoftID: 6-ABCDEFG23XB, AccountName: Contoso, AccountAddress: 1 Main St";
const UNMANAGED = "MicrosoftID: 11-1FG2G, AccountName: Contoso Ltd, AccountAddress: PO BOX 80456";
const DUNS = "DUNSID: 659410848, AccountName: CONTOSO";

/** The account-match findings of one record (row 2), as "code:column@row". */
function accountFindings(overrides: Partial<Record<string, string>>): string[] {
  const findings = checkTable(tableOf([create(overrides)])).findings;
  return summaryOf(findings.filter((f) => f.column === FAM));
}

describe("account-match review and the Final account match format (RULES.md: The processed file)", () => {
  const cases: { row: Partial<Record<string, string>>; expected: string[]; notes: string }[] = [
    {
      row: { "Managed account 1": MANAGED, "DUNS account 1": DUNS },
      expected: [`account-match-empty:${FAM}@2`],
      notes: "empty match while Partner Center suggested accounts: the user must choose",
    },
    {
      row: {},
      expected: [],
      notes: "no suggestions and no match: a plain upload row, nothing to review",
    },
    {
      row: { [FAM]: MANAGED, "Managed account 1": MANAGED, Confidence: "Low" },
      expected: [`account-match-low-confidence:${FAM}@2`],
      notes: "a Low confidence match is reviewed even when filled",
    },
    {
      row: { [FAM]: MANAGED, Confidence: " low " },
      expected: [`account-match-low-confidence:${FAM}@2`],
      notes: "Confidence is not validated (auto-populated), so its case and spaces do not hide Low",
    },
    {
      row: { "Unmanaged account 1": UNMANAGED, Confidence: "Low" },
      expected: [`account-match-empty:${FAM}@2`],
      notes: "one notice per row: choosing a suggestion is the action for both reasons",
    },
    {
      row: { [FAM]: MANAGED, "Managed account 1": MANAGED, Confidence: "High" },
      expected: [],
      notes: "a High confidence match of the row's own suggestion needs nothing",
    },
    {
      row: { [FAM]: "MicrosoftID: 6-ABC, Contoso", "Managed account 1": "MicrosoftID: 6-ABC, Contoso" },
      expected: [],
      notes: "a value copied from the row's suggestions is Partner Center's own text: no format error",
    },
    {
      row: { [FAM]: "MicrosoftID: 6-ABC, Contoso", "Managed account 1": MANAGED },
      expected: [`final-account-match-invalid:${FAM}@2`],
      notes: "neither a valid form nor one of the row's suggestions keeps its error",
    },
    {
      row: { [FAM]: "6-ABCDEFG23XB", "Managed account 1": MANAGED },
      expected: [`final-account-match-invalid:${FAM}@2`],
      notes: "a pasted bare ID without the MicrosoftID: prefix is the documented format error",
    },
    {
      row: { [FAM]: `  ${DUNS} `, "DUNS account 1": DUNS },
      expected: [`whitespace:${FAM}@2`],
      notes: "a pasted suggestion with stray spaces matches it; only the spaces are reported",
    },
    {
      row: { [FAM]: "MicrosoftID:6-ABC" },
      expected: [`not-canonical:${FAM}@2`],
      notes: "the spacing fix still applies on sheets that are not processed files",
    },
  ];
  it.each(cases)("$notes", ({ row, expected }) => {
    expect(accountFindings(row)).toEqual(expected);
  });

  it("says how many suggestions the row has, on the Final account match cell, as a notice", () => {
    const [finding] = checkTable(
      tableOf([
        create({ "Managed account 1": MANAGED, "Managed account 2": MANAGED, "DUNS account 2": DUNS }),
      ]),
    ).findings.filter((f) => f.code === "account-match-empty");
    expect(finding).toMatchObject({ severity: "notice", column: FAM, params: { count: 2 }, fix: null });
    expect(finding.message).toBe(
      "Final account match is empty: choose one of the accounts Partner Center suggested for this row (2).",
    );
  });
});

describe("accountMatchChoices", () => {
  it("offers each row its own suggestions, each once, managed then unmanaged then DUNS", () => {
    const table = tableOf([
      create({ "DUNS account 1": DUNS, "Managed account 2": MANAGED, "Unmanaged account 1": UNMANAGED }),
      create(),
      create({ "Managed account 1": ` ${MANAGED}`, "Managed account 2": MANAGED }),
    ]);
    table.rows.splice(
      2,
      0,
      table.rows[0].map(() => " "),
    );
    const plan = accountMatchChoices(table);
    expect(plan?.col).toBe(table.rows[0].indexOf(FAM));
    expect(plan?.rows).toEqual([
      { tableRow: 1, choices: [MANAGED, UNMANAGED, DUNS] },
      { tableRow: 4, choices: [MANAGED] },
    ]);
  });

  it("finds the columns through the header aliases and in any order", () => {
    const table = {
      rows: [
        ["DUNS account 1", "Deal Name", "Final Account Matched"],
        [DUNS, "Deal", ""],
      ],
    };
    expect(accountMatchChoices(table)).toEqual({ col: 2, rows: [{ tableRow: 1, choices: [DUNS] }] });
  });

  it("is null on a sheet without suggestion columns (not a processed file)", () => {
    expect(
      accountMatchChoices({
        rows: [
          ["Deal Name", "Final account match"],
          ["Deal", ""],
        ],
      }),
    ).toBeNull();
    expect(
      accountMatchChoices({
        rows: [
          ["Deal Name", "Managed account 1"],
          ["Deal", MANAGED],
        ],
      }),
    ).toBeNull();
  });
});

describe("choosing a suggestion", () => {
  it("clears the row's account-match finding on re-check, live and whole alike", () => {
    const table = tableOf([create({ "Managed account 1": MANAGED, "Unmanaged account 1": UNMANAGED })]);
    const live = startLiveCheck(table);
    expect(live.result.findings.map((f) => f.code)).toEqual(["account-match-empty"]);
    const col = table.rows[0].indexOf(FAM);
    const chosen = table.rows[1].slice();
    chosen[col] = accountMatchChoices(table)?.rows[0].choices[1] ?? "";
    const next = recheckRows(live, [{ row: 1, cells: chosen }]);
    expect(next.result.findings).toEqual([]);
    expect(next.result).toEqual(checkTable(next.table));
  });
});
