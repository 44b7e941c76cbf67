// Help for every finding code in every language that offers help, and a meaning for every code
// of every list the help shows (reasons, kinds of help, statuses, substatuses, sales stages).
import { COLUMNS, LABEL_LISTS, codeListsFor, type ColumnDescriptor } from "../../core/catalogue";
import { FINDING_CODES } from "../../core/messages";
import { EN_HELP } from "../../core/messages/registry/help";
import { FINDING_HELP, codeLabel, findingHelp } from "../i18n/findings/help";
import { SUPPORTED_LANGUAGES, type LanguageCode } from "../i18n/languages";
import { createTranslator } from "../i18n/translate";
import { meaningText } from "../components/FindingHelp";

const HELP_LANGUAGES = Object.keys(FINDING_HELP) as LanguageCode[];

describe("finding help", () => {
  it("is written in every UI language", () => {
    expect([...HELP_LANGUAGES].sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    expect(HELP_LANGUAGES).toHaveLength(6);
  });

  it.each(HELP_LANGUAGES)("%s: every finding code has its own help, translated", (language) => {
    for (const code of FINDING_CODES) {
      const help = findingHelp(code, language);
      expect(help?.trim()).toBeTruthy();
      // A translation, not the English text copied.
      if (language !== "en") expect({ code, help }).not.toEqual({ code, help: EN_HELP[code] });
    }
    expect(Object.keys(FINDING_HELP[language].help ?? {}).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(HELP_LANGUAGES)("%s: every numbered code of Partner Center's lists has a label", (language) => {
    for (const [list, entries] of Object.entries(LABEL_LISTS) as [
      keyof typeof LABEL_LISTS,
      (typeof LABEL_LISTS)[keyof typeof LABEL_LISTS],
    ][]) {
      expect(Object.keys(FINDING_HELP[language].labels[list] ?? {}).sort()).toEqual(
        entries.map((e) => String(e.code)).sort(),
      );
      for (const entry of entries) {
        const label = codeLabel(list, String(entry.code), language);
        expect(label?.trim()).toBeTruthy();
        if (language !== "en") expect(label).not.toBe(entry.label);
      }
    }
  });

  const columns = COLUMNS as readonly ColumnDescriptor[];
  it("shows lists for the columns of codes: reasons, help, statuses, substatuses, stages and the named lists", () => {
    const shown = (name: string) =>
      codeListsFor(columns.find((c) => c.name === name) as ColumnDescriptor).map((l) => l.id);
    expect(shown("Declined/Lost/Error reason")).toEqual(["declined-lost-reasons", "error-reasons"]);
    expect(shown("What specific help from Microsoft?")).toEqual(["help-codes"]);
    expect(shown("Partner Referral Status")).toEqual(["statuses"]);
    expect(shown("Partner Referral Substatus")).toEqual(["substatuses"]);
    expect(shown("Sales Stage")).toEqual(["sales-stages"]);
    for (const name of [
      "Device Category",
      "Silicon Type",
      "Marketplace Purchase Intent",
      "Consent to share Customer/Partner contact",
    ])
      expect(shown(name)).toEqual(["values"]);
    expect(shown("Deal Name")).toEqual([]);
  });

  it.each(HELP_LANGUAGES)("%s: every code of every list shown has a meaning", (language) => {
    const t = createTranslator(language);
    let codes = 0;
    for (const column of columns)
      for (const list of codeListsFor(column)) {
        for (const entry of list.entries) {
          if (list.id === "values") {
            expect(entry.meaning).toBeNull();
            continue;
          }
          const meaning = meaningText(entry.meaning, t);
          expect({
            column: column.name,
            code: entry.code,
            meaning: meaning?.trim() ? "ok" : meaning,
          }).toEqual({
            column: column.name,
            code: entry.code,
            meaning: "ok",
          });
          expect(meaning).not.toMatch(/\{\w+\}/);
          codes++;
        }
      }
    // 8 + 9 reasons, 6 kinds of help, 3 statuses, 8 substatuses, 6 stages.
    expect(codes).toBe(40);
  });
});
