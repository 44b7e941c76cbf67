import { checkHelpCode } from "./helpCode";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkHelpCode", () => {
  runValueCases(checkHelpCode, [
    { value: "1", code: null, notes: "first code" },
    { value: "6", code: null, notes: "last code" },
    { value: "7", code: "code-invalid", notes: "above the list" },
    { value: "0", code: "code-invalid", notes: "below the list" },
    { value: "Proof of concept", code: "code-invalid", notes: "label instead of number" },
  ]);
});
