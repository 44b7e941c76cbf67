// Column facts live on the descriptors: names are a type (a typo does not compile, checked by
// `npm run typecheck`, which compiles this file), conditional requirements are declared there.
import {
  COLUMNS,
  columnByName,
  columnGroup,
  columnsRequiredBy,
  REPEATING_NAMES,
  type CanonicalColumn,
  type ColumnName,
} from "./columns";
import type { ColumnDescriptor } from "./descriptor";

const all: readonly ColumnDescriptor[] = COLUMNS;

describe("column names are a type derived from the catalogue", () => {
  it("accepts template names and rejects typos at compile time", () => {
    const good: ColumnName = "Customer Country";
    const numbered: CanonicalColumn = "Solution 12";
    // @ts-expect-error a misspelt column does not compile
    const typo: ColumnName = "Customer Contry";
    // @ts-expect-error a repeating column needs its number
    const bare: CanonicalColumn = "Solution";
    expect([good, numbered, typo, bare]).toHaveLength(4);
    // @ts-expect-error columnByName takes only catalogue names
    expect(() => columnByName("Deal Nmae")).toThrow("Unknown column");
    expect(columnByName("Deal Name").required).toBe("yes");
  });
});

it("names exactly the repeating columns in REPEATING_NAMES", () => {
  expect([...REPEATING_NAMES]).toEqual(all.filter((c) => c.repeat).map((c) => c.name));
});

describe("conditional requirements are declared on the descriptors", () => {
  it("every conditional column says when, and only those", () => {
    for (const c of all)
      expect([c.name, c.required === "conditional"]).toEqual([c.name, c.requiredWhen !== undefined]);
  });

  it("a condition names a catalogue column and values of its list", () => {
    for (const c of all) {
      const when = c.requiredWhen;
      if (!when?.column) continue;
      const on = columnByName(when.column as ColumnName);
      const allowed =
        on.type.kind === "enum" ? on.type.values : on.type.kind === "yes-no" ? ["Yes", "No"] : [];
      for (const value of when.equals) expect(allowed).toContain(value);
    }
  });

  const cases = [
    {
      got: () => columnsRequiredBy("Microsoft help required?").map((c) => c.name),
      want: [
        "Customer Contact First Name",
        "Customer Contact Last Name",
        "Customer Contact Phone number",
        "Customer Contact Email Address",
        "What specific help from Microsoft?",
      ],
      notes: "help required = Yes needs the contact fields and the help code",
    },
    {
      got: () => columnsRequiredBy("Partner Referral Substatus").map((c) => c.name),
      want: ["Declined/Lost/Error reason"],
      notes: "substatus Declined/Lost/Error needs the reason code",
    },
    {
      got: () => columnGroup("services").map((c) => c.name),
      want: ["Partner role", "Solution area", "Solution play"],
      notes: "the services trio goes together",
    },
  ];
  it.each(cases)("$notes", ({ got, want }) => expect(got()).toEqual(want));
});
