import { runValueCases } from "../../../../test/fixtures/engine/valueCases";
import { checkYesNo } from "./yesNo";

describe("checkYesNo", () => {
  runValueCases(checkYesNo, [
    { value: "Yes", code: null, notes: "canonical" },
    { value: "No", code: null, notes: "canonical" },
    { value: "yes", code: "not-canonical", fix: "Yes", notes: "case only" },
    { value: "Y", code: "not-canonical", fix: "Yes", notes: "single letter" },
    { value: "TRUE", code: "not-canonical", fix: "Yes", notes: "Excel boolean" },
    { value: "1", code: "not-canonical", fix: "Yes", notes: "numeric true" },
    { value: "n", code: "not-canonical", fix: "No", notes: "single letter" },
    { value: "FALSE", code: "not-canonical", fix: "No", notes: "Excel boolean" },
    { value: "0", code: "not-canonical", fix: "No", notes: "numeric false" },
    { value: "Maybe", code: "invalid-yes-no", notes: "not a yes/no value" },
  ]);
});
