import { enumRule } from "./enumValue";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("enumRule", () => {
  runValueCases(enumRule(["New", "Active", "Closed"], ["Old"]), [
    { value: "Active", code: null, notes: "on the list" },
    { value: "active", code: "not-canonical", fix: "Active", notes: "case-only difference is a notice" },
    { value: "Open", code: "invalid-value", notes: "not on the list" },
    { value: "Old", code: "value-retired", notes: "retired value warns" },
    {
      value: "old",
      code: "value-retired",
      fix: "Old",
      notes: "retired value in other case offers its spelling",
    },
  ]);
});
