import { checkDuns } from "./duns";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkDuns", () => {
  runValueCases(checkDuns, [
    { value: "081466849", code: null, notes: "nine digits" },
    { value: "81466849", code: "duns-short", fix: "081466849", notes: "leading zero lost by Excel" },
    { value: "1234567890", code: "duns-invalid", notes: "too long" },
    {
      value: "08-146-6849",
      code: "duns-invalid",
      fix: "081466849",
      notes: "printed form: error with digits fix",
    },
    { value: "ABC123", code: "duns-invalid", notes: "letters" },
    {
      value: "0 8 - 1 4 6 - 6 8 4 9",
      code: "duns-invalid",
      fix: "081466849",
      notes: "spaced printed form (21 characters) still gets the digits",
    },
    {
      value: "0" + " -".repeat(20) + "81466849",
      code: "duns-invalid",
      notes: "past 40 characters it is no printed D-U-N-S number (a 1 MB cell is not rewritten)",
    },
  ]);
});
