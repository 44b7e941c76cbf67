import { create, summaryOf, tableOf } from "../../../../test/fixtures/engine/records";
import { checkTable } from "../../check";

const trio = (role: string, area: string, play: string) =>
  create({ "Partner role": role, "Solution area": area, "Solution play": play });

describe("servicesTrio", () => {
  const cases = [
    { record: trio("", "", ""), expected: [], notes: "no services co-sell" },
    {
      record: trio("Implementer", "Security", "Data Security"),
      expected: [],
      notes: "all three, play fits area",
    },
    {
      record: trio("Implementer", "Security", ""),
      expected: ["required-missing-services:Solution play@2"],
      notes: "all-or-none",
    },
    {
      record: trio("", "Security", "Data Security"),
      expected: ["required-missing-services:Partner role@2"],
      notes: "role missing",
    },
    {
      record: trio("Implementer", "Security", "Innovate with Azure"),
      expected: ["solution-play-wrong-area:Solution play@2"],
      notes: "play from another area",
    },
    {
      record: trio("Implementer", "Modern Work", "Teams Phone"),
      expected: ["service-value-unlisted:Solution area@2", "service-value-unlisted:Solution play@2"],
      notes: "off-list values warn; no wrong-area guess for an unknown area",
    },
  ];
  it.each(cases)("$notes", ({ record, expected }) => {
    expect(summaryOf(checkTable(tableOf([record])).findings)).toEqual(expected);
  });
});
