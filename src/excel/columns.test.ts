// The Excel layer resolves headers exactly as the checker does (one resolver, in the core).
import fc from "fast-check";
import { analyseHeader } from "../core/header";
import { COLUMNS, templateHeader } from "../core/catalogue";
import { dateColumns, findColumn, resolveHeader, resolveHeaderRow } from "./columns";

const template = templateHeader({ solutionColumns: 2 });

describe("Excel header resolution agrees with the checker", () => {
  const cases = [
    {
      header: [...template, "Solution 51"],
      notes: "N above 50: the checker reports it and checks nothing there; Excel used to resolve it",
    },
    {
      header: [...template, "Team member 0"],
      notes: "N below 1: out of range for both",
    },
    {
      header: [...template, "estimated close date"],
      notes: "a second date column is a duplicate the checker ignores; Excel used to read it as dates",
    },
    {
      header: ["Customer country/region", "  deal   NAME ", "PartnerID", "Mystery"],
      notes: "aliases, case and spacing resolve alike; an unknown header in neither",
    },
  ];
  it.each(cases)("$notes", ({ header }) => {
    const checker = analyseHeader(header).columns;
    const checkerDates = checker.flatMap((c, i) => (c?.descriptor.type.kind === "date" ? [i] : []));
    expect(dateColumns(header)).toEqual(checkerDates);
    for (const c of checker) {
      if (c) expect(findColumn(header, c.canonical)).toBe(checker.indexOf(c));
    }
    header.forEach((text, i) => {
      const seenBefore = header
        .slice(0, i)
        .some((h) => resolveHeader(h)?.canonical === resolveHeader(text)?.canonical);
      if (!seenBefore) expect(resolveHeader(text)?.canonical ?? null).toBe(checker[i]?.canonical ?? null);
    });
  });

  it("resolves an out-of-range repeating header to nothing", () => {
    expect(resolveHeader("Solution 51")).toBeNull();
    expect(findColumn([...template, "Solution 51"], "Solution 51")).toBe(-1);
  });

  it("reads only the first of two date columns as dates", () => {
    const header = [...template, "Estimated Close Date"];
    expect(dateColumns(header)).toEqual([template.indexOf("Estimated Close Date")]);
  });
});

describe("Excel header resolution agrees with the checker on any header row (property)", () => {
  // Header cells as files carry them: template names and aliases in any case and spacing,
  // repeating columns with any N (in and out of range), duplicates, unknown and blank cells.
  const names = COLUMNS.flatMap((c) => (c.repeat ? [] : [c.name, ...c.aliases]));
  const repeating = COLUMNS.filter((c) => c.repeat).map((c) => c.name);
  const spelled = (text: string, upper: boolean, pad: boolean) => {
    const cased = upper ? text.toUpperCase() : text;
    return pad ? `  ${cased.replace(/ /g, "  ")} ` : cased;
  };
  const cell = fc.oneof(
    fc.tuple(fc.constantFrom(...names), fc.boolean(), fc.boolean()).map(([n, u, p]) => spelled(n, u, p)),
    fc
      .tuple(fc.constantFrom(...repeating), fc.integer({ min: -1, max: 52 }), fc.constantFrom(" ", "", "  "))
      .map(([name, n, gap]) => `${name}${gap}${n}`),
    fc.constantFrom("", "Mystery", "Deal Nme", "Solution", "Notes 2", "Team member one"),
  );
  it("dates, positions and each cell's column are the checker's", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (header) => {
        const checker = analyseHeader(header);
        const excel = resolveHeaderRow(header);
        expect(excel.map((c) => c?.canonical ?? null)).toEqual(
          checker.columns.map((c) => c?.canonical ?? null),
        );
        const checkerDates = checker.columns.flatMap((c, i) =>
          c?.descriptor.type.kind === "date" ? [i] : [],
        );
        expect(dateColumns(header)).toEqual(checkerDates);
        for (const [canonical, index] of checker.indexOf) expect(findColumn(header, canonical)).toBe(index);
      }),
      { numRuns: 500 },
    );
  });
});
