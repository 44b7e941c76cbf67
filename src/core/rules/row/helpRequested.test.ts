import { create, summaryOf, tableOf } from "../../../../test/fixtures/engine/records";
import { templateHeader } from "../../catalogue/template";
import { checkTable } from "../../check";

const withContact = {
  "Microsoft help required?": "Yes",
  "Customer Contact First Name": "John",
  "Customer Contact Last Name": "Customer",
  "Customer Contact Phone number": "9999999999",
  "Customer Contact Email Address": "john.customer@contoso.com",
  "What specific help from Microsoft?": "3",
};

describe("helpRequested", () => {
  const cases = [
    { record: create(withContact), expected: [], notes: "help with everything it needs" },
    {
      record: create({ ...withContact, "Customer Contact Email Address": "" }),
      expected: ["required-missing-when-help:Customer Contact Email Address@2"],
      notes: "contact required when help is requested",
    },
    {
      record: create({ ...withContact, "What specific help from Microsoft?": "" }),
      expected: ["required-missing-when-help:What specific help from Microsoft?@2"],
      notes: "help code required when help is requested",
    },
    {
      record: create({ ...withContact, "Microsoft help required?": "yes" }),
      expected: ["not-canonical:Microsoft help required?@2"],
      notes: "a recognised yes still requires the contact (which is there): only the case notice",
    },
    {
      record: create({ ...withContact, "Share with Microsoft sales team": "No" }),
      expected: ["help-not-shared:Share with Microsoft sales team@2"],
      notes: "help requested but not shared",
    },
    {
      record: create({ "What specific help from Microsoft?": "2" }),
      expected: ["help-code-not-needed:What specific help from Microsoft?@2"],
      notes: "help code filled while help required is No",
    },
    {
      record: create({ "Customer Contact First Name": "" }),
      expected: [],
      notes: "contact not needed without help",
    },
  ];
  it.each(cases)("$notes", ({ record, expected }) => {
    expect(summaryOf(checkTable(tableOf([record])).findings)).toEqual(expected);
  });

  it("reports a needed column that the header lacks on the row that needs it", () => {
    const header = templateHeader().filter((h) => h !== "Customer Contact Email Address");
    const result = checkTable(tableOf([create(withContact)], header));
    expect(summaryOf(result.findings)).toEqual([
      "header-missing-conditional:Customer Contact Email Address@1",
      "column-missing-for-row:Customer Contact Email Address@2",
    ]);
  });
});
