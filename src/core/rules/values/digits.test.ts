import { checkDigits } from "./digits";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkDigits", () => {
  runValueCases(checkDigits, [
    { value: "1234567", code: null, notes: "PartnerID digits" },
    { value: "123-456", code: "digits-invalid", notes: "punctuation" },
    { value: "MPN123", code: "digits-invalid", notes: "letters" },
  ]);
});
