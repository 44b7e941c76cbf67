// The Excel layer resolves headers exactly as the checker does (one resolver, in the core).
import { analyseHeader } from "../core/header";
import { templateHeader } from "../core/catalogue";
import { dateColumns, findColumn, resolveHeader } from "./columns";

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
