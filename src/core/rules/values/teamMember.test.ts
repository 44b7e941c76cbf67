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
});
