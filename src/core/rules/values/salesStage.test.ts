import { checkSalesStage } from "./salesStage";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkSalesStage", () => {
  runValueCases(checkSalesStage, [
    { value: "40", code: null, notes: "stage percentage" },
    { value: "40%", code: "sales-stage-format", fix: "40", notes: "RULES.md example" },
    { value: "100 %", code: "sales-stage-format", fix: "100", notes: "space before the percent sign" },
    { value: "60.0", code: "sales-stage-format", fix: "60", notes: "decimal form" },
    { value: "50", code: "sales-stage-invalid", notes: "not a stage" },
    { value: "Qualify", code: "sales-stage-invalid", notes: "stage name instead of percentage" },
  ]);
});
