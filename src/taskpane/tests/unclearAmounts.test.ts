// `.5` and `12,563` in every UI language: the pane's text names what to write (0.5; 12563 or
// 12.563), where it used to say only that the value was not a non-negative number.
import { create, tableOf } from "../../../test/fixtures/engine/records";
import { checkTable } from "../../core/check";
import { SUPPORTED_LANGUAGES } from "../i18n/languages";
import { findingText } from "../review/useFindingText";

const amountFinding = (amount: string) => {
  const findings = checkTable(tableOf([create({ "Estimated Deal Value": amount })])).findings;
  const found = findings.filter((f) => f.column === "Estimated Deal Value");
  expect(found).toHaveLength(1);
  return found[0];
};

const cases = SUPPORTED_LANGUAGES.flatMap((language) => [
  { language, amount: ".5", mustName: [".5", "0.5"], notes: "the value and what it becomes" },
  {
    language,
    amount: "12,563",
    mustName: ["12,563", "12563", "12.563"],
    notes: "both readings to choose from",
  },
  {
    language,
    amount: "€1.234",
    mustName: ["€1.234", "1234", "1.234"],
    notes: "both readings, symbol stripped",
  },
]);

describe("unclear amounts in every language", () => {
  it.each(SUPPORTED_LANGUAGES)("%s: 12.563 in a semicolon file names 12563", (language) => {
    const table = tableOf([create({ "Estimated Deal Value": "12.563" })]);
    const found = checkTable(table, { delimiter: ";" }).findings.filter(
      (f) => f.code === "money-dot-thousands",
    );
    expect(found).toHaveLength(1);
    const text = findingText(found[0], language);
    expect([text.includes("12.563"), text.includes("12563"), /\{\w+\}/.test(text)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it.each(cases)("$language $amount names $mustName ($notes)", ({ language, amount, mustName }) => {
    const text = findingText(amountFinding(amount), language);
    for (const part of mustName) expect([part, text.includes(part)]).toEqual([part, true]);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
