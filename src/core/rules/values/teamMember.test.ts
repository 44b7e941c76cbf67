import fc from "fast-check";
import { isEmail } from "./email";
import { checkTeamMember } from "./teamMember";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkTeamMember", () => {
  runValueCases(checkTeamMember, [
    { value: "Bob, Partner, 999999, Bob.partner@Contoso.com", code: null, notes: "RULES.md example" },
    { value: "Bob, Partner, Bob.partner@Contoso.com", code: "team-member-incomplete", notes: "three parts" },
    { value: "Bob, , 999999, bob@contoso.com", code: "team-member-incomplete", notes: "empty last name" },
    { value: "Bob, Partner, 1, 2, bob@contoso.com", code: "team-member-incomplete", notes: "five parts" },
    {
      value: "Bob, Partner, 999999, bob.contoso.com",
      code: "team-member-email-invalid",
      notes: "email without @",
    },
  ]);

  it("answers as the regular expression it replaced did, on any value", () => {
    // The old quick test, kept as the oracle: `,\s*([^,]*)$` traded spaces between its two
    // quantifiers, so `a,b,c,` and a long run of spaces took seconds. Same answers without it.
    const OLD = /^\s*[^,\s][^,]*,\s*[^,\s][^,]*,\s*[^,\s][^,]*,\s*([^,]*)$/;
    const old = (value: string) => {
      const quick = OLD.exec(value);
      if (quick && isEmail(quick[1])) return null;
      const parts = value.split(",").map((p) => p.trim());
      if (parts.length !== 4 || parts.some((p) => p === "")) return { code: "team-member-incomplete" };
      return isEmail(parts[3]) ? null : { code: "team-member-email-invalid", params: { part: parts[3] } };
    };
    const unit = fc.constantFrom("a", "b", " ", ",", "@", ".", "c", "o", "m", "9");
    const value = fc.string({ unit, maxLength: 24 }).map((v) => v.trim());
    fc.assert(
      fc.property(value, (v) => expect(checkTeamMember(v)).toEqual(old(v))),
      { numRuns: 3000 },
    );
  });
});
