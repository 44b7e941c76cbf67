import { checkPhone } from "./phone";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkPhone", () => {
  runValueCases(checkPhone, [
    { value: "9999999999", code: null, notes: "digits" },
    { value: "+1 (425) 555-0100", code: null, notes: "allowed punctuation" },
    { value: "425.555.0100", code: null, notes: "dots" },
    { value: "ext 12", code: "phone-invalid", notes: "letters" },
    { value: "+-()", code: "phone-invalid", notes: "punctuation without digits" },
  ]);
});
