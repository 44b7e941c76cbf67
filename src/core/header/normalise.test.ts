import fc from "fast-check";
import { normaliseHeader, splitNumbered } from "./normalise";

describe("splitNumbered", () => {
  const cases = [
    { header: "solution 3", expected: { prefix: "solution", n: 3 }, notes: "the usual repeating header" },
    { header: "solution3", expected: { prefix: "solution", n: 3 }, notes: "no space before the number" },
    { header: "team member 12", expected: { prefix: "team member", n: 12 }, notes: "two-word prefix" },
    { header: "solution -1", expected: { prefix: "solution", n: -1 }, notes: "a sign belongs to the number" },
    { header: "solution  3", expected: { prefix: "solution ", n: 3 }, notes: "only one space is dropped" },
    { header: "12", expected: { prefix: "", n: 12 }, notes: "a number alone" },
    { header: "a1-2", expected: { prefix: "a1", n: -2 }, notes: "the last run of digits only" },
    { header: "solution", expected: null, notes: "no number" },
    { header: "solution 3x", expected: null, notes: "the number must end the header" },
    { header: "", expected: null, notes: "empty" },
  ];
  it.each(cases)("$header: $notes", ({ header, expected }) => {
    expect(splitNumbered(header)).toEqual(expected);
  });

  it("answers as the regular expression it replaced did, on any header", () => {
    // The old form, kept as the oracle: lazy prefix, then ` ?-?\d+` to the end. It retried \d+ from
    // every start, so a long header cell of digits took seconds; the scan gives the same answers.
    const NUMBERED = /^(.*?) ?(-?\d+)$/;
    const old = (h: string) => {
      const match = NUMBERED.exec(h);
      return match ? { prefix: match[1], n: Number(match[2]) } : null;
    };
    const header = fc.string({ unit: fc.constantFrom("a", " ", "-", "0", "1", "9", "x"), maxLength: 12 });
    fc.assert(
      fc.property(header, (h) => expect(splitNumbered(h)).toEqual(old(h))),
      { numRuns: 2000 },
    );
  });
});

describe("normaliseHeader", () => {
  const cases = [
    { header: "\ufeffDeal Name", expected: "deal name", notes: "a BOM left on the first header" },
    { header: "  Deal   Name ", expected: "deal name", notes: "surrounding and repeated spaces" },
    { header: "Deal\tName", expected: "deal name", notes: "a tab between words" },
    { header: "Deal\u00a0Name", expected: "deal name", notes: "a no-break space between words" },
    { header: "Deal\r\nName", expected: "deal name", notes: "a line break inside a quoted header" },
    { header: "Deal Name", expected: "deal name", notes: "single spaces: nothing to collapse" },
    { header: "DEAL NAME", expected: "deal name", notes: "case" },
  ];
  it.each(cases)("$notes", ({ header, expected }) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});
