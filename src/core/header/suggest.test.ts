// "Did you mean …" for an unknown header: only names within a few edits.
import { distance } from "fastest-levenshtein";
import fc from "fast-check";
import { COLUMNS } from "../catalogue/columns";
import { suggest } from "./analyseHeader";
import { normaliseHeader } from "./normalise";

const NAMES = COLUMNS.map((c) => (c.repeat ? `${c.name} 1` : c.name));

/** Every name measured, as before names too different in length were skipped: the oracle. */
function measuredAll(text: string): string | null {
  const normalised = normaliseHeader(text);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of NAMES) {
    const d = distance(normalised, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= 3 && bestDistance * 3 < normalised.length ? best : null;
}

describe("suggest", () => {
  const cases = [
    { header: "Customer Contry", expected: "Customer Country", notes: "one letter missing" },
    { header: "Deal Nme", expected: "Deal Name", notes: "a typo in a short name" },
    { header: "Mystery", expected: null, notes: "nothing close" },
    { header: "a".repeat(1_000_000), expected: null, notes: "a 1 MB header is measured against no name" },
  ];
  it.each(cases)("$header: $notes", ({ header, expected }) => {
    expect(suggest(header)).toBe(expected);
  });

  it("suggests what measuring every name suggested, for typos of any template header", () => {
    const typo = fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "x", " ", "e")), { maxLength: 5 }),
      )
      .map(([name, edits]) =>
        edits.reduce((text, [at, ch]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + ch + text.slice(i + (ch === "" ? 1 : 0));
        }, name),
      );
    fc.assert(
      fc.property(typo, (header) => expect(suggest(header)).toBe(measuredAll(header))),
      { numRuns: 3000 },
    );
  });
});
