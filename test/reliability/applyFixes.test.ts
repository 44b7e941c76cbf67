// Property: applying the checker's fixes changes exactly the cells that have a fix, to exactly
// that fix, and nothing else (no row added, dropped, lengthened or moved; the input is not mutated).
import fc from "fast-check";
import { applyFixes, checkTable, type Finding, type Table } from "../../src/core";
import { create, tableOf, update } from "../fixtures/engine/records";

/** Typical mistakes per column: some have a fix (usd, UK, $1,000.00), some have none (EURO). */
const MISTAKES: Record<string, string[]> = {
  Currency: ["usd", " USD", "EURO", "Usd "],
  "Customer Country": ["UK", "USA", "united states", "Narnia", "us"],
  "Estimated Deal Value": ["$12,563.00", "1 000", "-5", "12.5", "€3.000,50"],
  "Estimated Close Date": [
    "2030-01-30",
    "30/1/2030",
    "01/30/2030",
    "1/30/30",
    "2/30/2030",
    "47000",
    "Jan 30, 2030",
    "soon",
  ],
  "Microsoft help required?": ["yes", "Y", "TRUE", "maybe"],
  "Share with Microsoft sales team": ["no", "0", "N"],
  "Customer D-U-N-S ID": ["12345678", "1234567", "ABC"],
  "Sales Stage": ["40%", "45", " 60 "],
  "Customer Domain Name": ["https://www.contoso.com/about", "contoso", "www.contoso.com"],
  "Deal Name": ["  padded  ", "", "tab\there", '=HYPERLINK("http://x")'],
  Notes: ["line 1\r\nline 2", " x ", "@SUM(1)"],
  "Partner Referral Status": ["new", "Closed", "Open"],
  "Partner Referral Substatus": ["accepted", "Won", "Lost"],
  "Declined/Lost/Error reason": ["3", "9", "x"],
  "Marketplace Purchase Intent": ["yes", "Have Not Decided", ""],
  "Solution 1": ["SOL-1, usd, 10, 100", ", USD", "a,b,c,d,e"],
  "Team member 1": ["Bob, Partner, 1, bob@", "Bob"],
  "Customer Contact Phone number": ["+1 425 555 0100", "call me"],
};
const COLUMNS = Object.keys(MISTAKES);

const mistake = fc
  .constantFrom(...COLUMNS)
  .chain((column) =>
    fc
      .oneof(
        { weight: 4, arbitrary: fc.constantFrom(...MISTAKES[column]) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      )
      .map((value) => [column, value] as const),
  );

const record = fc
  .tuple(fc.boolean(), fc.array(mistake, { maxLength: 4 }))
  .map(([isUpdate, mistakes]) => (isUpdate ? update : create)(Object.fromEntries(mistakes)));

const table = fc
  .tuple(fc.array(record, { minLength: 1, maxLength: 8 }), fc.nat(3), fc.boolean())
  .map(([records, blankAt, ragged]) => {
    const t = tableOf(records);
    // A blank row and a short row: neither may be dropped, padded or moved by fixing.
    t.rows.splice(
      Math.min(blankAt + 1, t.rows.length),
      0,
      t.rows[0].map(() => ""),
    );
    if (ragged) t.rows.push(t.rows[1].slice(0, 5));
    return t;
  });

const RANK = { error: 0, warning: 1, notice: 2 } as const;

/** The fix each cell should end with: the most severe finding's, the first among equals (core/fixPlan.ts). */
function expectedFixes(findings: readonly Finding[]): Map<string, string> {
  const fixes = new Map<string, Finding>();
  for (const f of findings) {
    if (f.fix === null || f.at === null || f.at.row === 0) continue;
    const key = `${f.at.row}:${f.at.col}`;
    const current = fixes.get(key);
    if (!current || RANK[f.severity] < RANK[current.severity]) fixes.set(key, f);
  }
  return new Map([...fixes].map(([key, f]) => [key, f.fix as string]));
}

const deepCopy = (t: Table): Table => ({ rows: t.rows.map((r) => r.slice()) });

describe("applyFixes over random mistakes", () => {
  it("changes exactly the cells that have a fix, to that fix", () => {
    fc.assert(
      fc.property(table, (t) => {
        const before = deepCopy(t);
        const { findings } = checkTable(t);
        const { table: fixed, changed } = applyFixes(t, findings);
        expect(t).toEqual(before);

        const fixes = expectedFixes(findings);
        // Collected, then compared once: an expect() per cell makes 500 runs take 20 s.
        const wrong: string[] = [];
        let differing = 0;
        if (fixed.rows.length !== t.rows.length) wrong.push(`rows ${t.rows.length} → ${fixed.rows.length}`);
        t.rows.forEach((row, r) => {
          if (fixed.rows[r].length !== row.length)
            wrong.push(`row ${r} length ${row.length} → ${fixed.rows[r].length}`);
          row.forEach((cell, c) => {
            const want = fixes.get(`${r}:${c}`) ?? cell;
            if (fixed.rows[r][c] !== want)
              wrong.push(`${r}:${c} ${JSON.stringify(cell)} → ${JSON.stringify(fixed.rows[r][c])}`);
            if (fixed.rows[r][c] !== cell) differing++;
          });
        });
        expect(wrong).toEqual([]);
        expect(changed).toBe(differing);
      }),
      { numRuns: 500 },
    );
  });

  it("never changes the header unless asked", () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom("currency", " Deal  name", "Customer country/region"),
        (t, spelling) => {
          t.rows[0][0] = spelling;
          const { table: fixed } = applyFixes(t, checkTable(t).findings);
          expect(fixed.rows[0]).toEqual(t.rows[0]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("is settled after one pass: checking the fixed table offers no further change", () => {
    fc.assert(
      fc.property(table, (t) => {
        const once = applyFixes(t, checkTable(t).findings).table;
        const again = applyFixes(once, checkTable(once).findings);
        expect(again.changed).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
