import { checkFinalAccountMatch } from "./finalAccountMatch";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkFinalAccountMatch", () => {
  runValueCases(checkFinalAccountMatch, [
    { value: "MicrosoftID: 6-ABCDEFG23XB", code: null, notes: "the documented format" },
    {
      value: "MicrosoftID: 11-1FG2G, AccountName: Microsoft, AccountAddress: PO BOX 80456",
      code: null,
      notes: "pasted suggestion with name and address",
    },
    { value: "DUNSID: 659410848, AccountName:JUNIOR", code: null, notes: "pasted DUNS suggestion" },
    { value: "6-ABCDEFG23XB", code: "final-account-match-invalid", notes: "missing the MicrosoftID: prefix" },
    {
      value: "MicrosoftID:6-ABC",
      code: "not-canonical",
      fix: "MicrosoftID: 6-ABC",
      notes: "RULES: one space after the colon; only the spacing is rewritten (was accepted silently)",
    },
    {
      value: "MicrosoftID:   6-ABC",
      code: "not-canonical",
      fix: "MicrosoftID: 6-ABC",
      notes: "extra spaces collapse to the one RULES gives",
    },
    {
      value: "MicrosoftID:\t6-ABC",
      code: "not-canonical",
      fix: "MicrosoftID: 6-ABC",
      notes: "a tab is spacing too",
    },
    {
      value: "MicrosoftID:11-1FG2G, AccountName: Microsoft, AccountAddress: PO BOX 80456",
      code: "not-canonical",
      fix: "MicrosoftID: 11-1FG2G, AccountName: Microsoft, AccountAddress: PO BOX 80456",
      notes: "the trailer is kept exactly as written",
    },
    {
      value: "MicrosoftID:6-ABC, Contoso",
      code: "final-account-match-invalid",
      notes: "spacing is fixed only when the rest is valid",
    },
    {
      value: "MicrosoftID:ABCDEFG",
      code: "final-account-match-invalid",
      notes: "no number-dash: no fix even though the spacing is also off",
    },
    { value: "MicrosoftID: ABCDEFG", code: "final-account-match-invalid", notes: "no number-dash" },
    {
      value: "MicrosoftID: 6-ABC, Contoso",
      code: "final-account-match-invalid",
      notes: "trailer is not AccountName",
    },
  ]);
});
