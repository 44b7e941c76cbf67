// Every registry code has a title and a message in every UI language, keyed to the registry, and
// each message uses only the parameters its code declares; the compile-time half is proven below.
import { FINDINGS, FINDING_CODES, actionOf, fillTemplate } from "../../core/messages";
import { FINDING_TEXTS, findingTextFor, ruleTitle } from "../i18n/findings";
import { defineTranslation } from "../i18n/findings/translation";
import { SUPPORTED_LANGUAGES } from "../i18n/languages";

const placeholders = (text: string) => [
  ...new Set((text.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1))),
];
const requiredParams = (params: Readonly<Record<string, string>>) =>
  Object.entries(params)
    .filter(([, type]) => !type.endsWith("?"))
    .map(([name]) => name);

const pairs = SUPPORTED_LANGUAGES.flatMap((language) => FINDING_CODES.map((code) => ({ language, code })));

describe("finding texts per language", () => {
  it("walks every code in every language", () => {
    expect(pairs.length).toBe(SUPPORTED_LANGUAGES.length * FINDING_CODES.length);
    expect(SUPPORTED_LANGUAGES.length).toBe(6);
  });

  it.each(pairs)(
    "$language $code: title and message present, message uses only declared params",
    ({ language, code }) => {
      const text = findingTextFor(code, language);
      expect(text).not.toBeNull();
      expect(text?.title.trim()).not.toBe("");
      expect(text?.message.trim()).not.toBe("");
      const declared = requiredParams(FINDINGS[code].params);
      // The pane's action exactly when the record has one, under the same rule as the message.
      expect(text?.action === undefined).toBe(actionOf(code) === undefined);
      const texts = [text?.message ?? "", text?.action ?? ""];
      const params = Object.fromEntries(declared.map((name) => [name, `<${name}>`]));
      for (const template of texts) {
        expect(placeholders(template).filter((name) => !declared.includes(name))).toEqual([]);
        // Filled with every declared param, nothing stays as {name}.
        expect(fillTemplate(template, params)).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it.each(SUPPORTED_LANGUAGES)("%s has no entry for a code the registry does not know", (language) => {
    expect(
      Object.keys(FINDING_TEXTS[language]).filter((code) => !(FINDING_CODES as string[]).includes(code)),
    ).toEqual([]);
  });

  it("takes English straight from the registry", () => {
    for (const code of FINDING_CODES) {
      const action = actionOf(code)?.pane;
      expect(FINDING_TEXTS.en[code]).toEqual({
        title: FINDINGS[code].title,
        message: FINDINGS[code].message,
        ...(action ? { action } : {}),
      });
    }
  });

  const fallbacks = [
    { code: "rule-added-tomorrow", notes: "a newer engine's code: no text, the title is the code" },
    { code: "toString", notes: "an inherited property is not a code" },
  ];
  it.each(fallbacks)("$code ($notes)", ({ code }) => {
    expect(findingTextFor(code, "de")).toBeNull();
    expect(ruleTitle(code, "de")).toBe(code);
  });
});

// Compile-time guarantees: `npm run typecheck` fails if any @ts-expect-error below stops being an error.
describe("compile-time checks of a translation", () => {
  const complete = () => ({ ...FINDING_TEXTS.de });

  it("rejects a table that lacks a code", () => {
    const { "consent-no": dropped, ...rest } = complete();
    // @ts-expect-error "consent-no" is missing
    const table = defineTranslation({ ...rest });
    expect([dropped.title, Object.keys(table).length]).toEqual([
      "Keine Zustimmung: kein Upload",
      FINDING_CODES.length - 1,
    ]);
  });

  it("rejects a message that uses a parameter its code does not declare", () => {
    const table = defineTranslation({
      ...complete(),
      // @ts-expect-error consent-no declares column, value and an optional fix: {substatus} is not one
      "consent-no": { title: "Zustimmung ist No", message: "{column} „{value}“ bei {substatus}." },
    });
    expect(table["consent-no"].message).toContain("{substatus}");
  });
});
