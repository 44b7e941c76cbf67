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
    { value: "MicrosoftID: ABCDEFG", code: "final-account-match-invalid", notes: "no number-dash" },
    {
      value: "MicrosoftID: 6-ABC, Contoso",
      code: "final-account-match-invalid",
      notes: "trailer is not AccountName",
    },
  ]);
});
