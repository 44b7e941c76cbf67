// A file without the template's header row, or with title lines above it: one error, nothing else.
import { create, tableOf } from "../../../test/fixtures/engine/records";
import { checkTable } from "../check";

const records = tableOf([create(), create({ "Deal Name": "Second", Currency: "usd" })]);
const codesOf = (rows: string[][]) => checkTable({ rows }).findings.map((f) => `${f.code}|${f.message}`);

describe("where the header row is", () => {
  const width = records.rows[0].length;
  const title = (text: string) => [text, ...Array(width - 1).fill("")];
  const cases = [
    {
      rows: records.rows.slice(1),
      expected: [
        "header-row-missing|The first row is not the template's header row: it holds no co-sell column name.",
      ],
      notes: "no header at all: the first record is not read as a header full of unknown columns",
    },
    {
      rows: [title("Co-sell opportunities"), title("Exported 1/30/2026"), ...records.rows],
      expected: ["header-row-below|The header is on row 3: delete the rows above it."],
      notes: "two title lines above the header: one error naming row 3",
    },
    {
      rows: [title("Report"), title(""), title("Q3"), ...records.rows],
      expected: ["header-row-below|The header is on row 4: delete the rows above it."],
      notes: "a blank line among the titles keeps the row number of the sheet",
    },
    {
      rows: [
        ["Deal Nme", "Mystery"],
        ["x", "y"],
      ],
      expected: [
        'header-unknown-suggest|Column header "Deal Nme" is not a co-sell template column; did you mean "Deal Name"?',
      ],
      notes: "a near match is a header row with a typo, reported as usual (filtered to one code here)",
    },
  ];
  it.each(cases)("$notes", ({ rows, expected }) => {
    const found = codesOf(rows);
    if (expected[0].startsWith("header-row")) expect(found).toEqual(expected);
    else expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("does not look further than the first 10 rows", () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => title(`Line ${i + 1}`)), ...records.rows];
    expect(codesOf(rows).map((c) => c.split("|")[0])).toEqual(["header-row-missing"]);
  });

  it("counts the records below the header it found", () => {
    const result = checkTable({ rows: [title("Co-sell"), ...records.rows] });
    expect(result.records).toBe(2);
    expect(result.summary).toEqual({ error: 1, warning: 0, notice: 0 });
  });
});
