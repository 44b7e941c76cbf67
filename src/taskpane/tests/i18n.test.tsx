/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { FINDING_CODES, en as englishFindings } from "../../core/messages";
import { en } from "../i18n/en";
import { SUPPORTED_LANGUAGES, UI_STRINGS, pickLanguage } from "../i18n/languages";
import { FINDING_TEXTS } from "../i18n/findings";
import { findingText } from "../review/useFindingText";
import { goToTab, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const translations = SUPPORTED_LANGUAGES.filter((language) => language !== "en");

describe("UI strings", () => {
  it("ship the six languages", () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(["de", "en", "es", "fr", "ja", "sv"]);
  });

  it.each(translations)("%s has every English key, no extra key, none empty", (language) => {
    const strings: Record<string, string> = UI_STRINGS[language];
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(strings))
      expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  it.each(translations)("%s keeps the placeholders of every English string", (language) => {
    const strings: Record<string, string> = UI_STRINGS[language];
    for (const [key, english] of Object.entries(en)) {
      expect([key, placeholders(strings[key] ?? "")]).toEqual([key, placeholders(english)]);
    }
  });
});

describe("finding messages", () => {
  it.each(translations)("%s has a message for every code the engine can produce", (language) => {
    const catalogue: Record<string, string> = Object.fromEntries(
      Object.entries(FINDING_TEXTS[language]).map(([code, text]) => [code, text.message]),
    );
    const missing = FINDING_CODES.filter((code) => !(catalogue[code] ?? "").trim());
    expect(missing).toEqual([]);
    expect(Object.keys(catalogue).filter((code) => !(FINDING_CODES as string[]).includes(code))).toEqual([]);
  });

  it.each(translations)("%s uses the same placeholders as English for each code", (language) => {
    const catalogue: Record<string, string> = Object.fromEntries(
      Object.entries(FINDING_TEXTS[language]).map(([code, text]) => [code, text.message]),
    );
    for (const code of FINDING_CODES) {
      expect([code, placeholders(catalogue[code] ?? "")]).toEqual([
        code,
        placeholders(englishFindings[code]),
      ]);
    }
  });

  const country = makeFinding({
    code: "country-not-alpha2",
    column: "Customer Country",
    value: "USA",
    params: { column: "Customer Country", value: "USA", fix: "US" },
    message: 'Customer Country value "USA" must be a two-letter country code: use "US".',
    fix: "US",
  });
  const cases = [
    {
      language: "fr",
      expected:
        "La valeur « USA » de Customer Country doit être un code pays à deux lettres : utilisez « US ».",
      notes: "translated and filled",
    },
    {
      language: "en",
      expected: 'Customer Country value "USA" must be a two-letter country code: use "US".',
      notes: "English shows the engine's own message",
    },
  ] as const;
  it.each(cases)("renders in $language ($notes)", ({ language, expected }) => {
    expect(findingText(country, language)).toBe(expected);
  });

  it("frames Partner Center's own (English) error text in the UI language", () => {
    const fromPartnerCenter = makeFinding({
      code: "partner-center-error",
      params: { message: "Invalid currency" },
      message: "Partner Center rejected this row last time: Invalid currency",
    });
    expect(findingText(fromPartnerCenter, "de")).toBe(
      "Partner Center hat diese Zeile beim letzten Mal abgelehnt: Invalid currency",
    );
  });

  it("falls back to the engine's message for a code no catalogue knows yet", () => {
    const future = makeFinding({ code: "rule-added-tomorrow", message: "Something new about Deal Name" });
    expect(findingText(future, "ja")).toBe("Something new about Deal Name");
  });
});

describe("language choice", () => {
  const cases = [
    { display: "fr-FR", expected: "fr", notes: "region dropped" },
    { display: "fr-CA", expected: "fr", notes: "any French region" },
    { display: "sv-SE", expected: "sv", notes: "Swedish" },
    { display: "de-AT", expected: "de", notes: "German outside Germany" },
    { display: "es-MX", expected: "es", notes: "Latin American Spanish" },
    { display: "ja-JP", expected: "ja", notes: "Japanese" },
    { display: "JA", expected: "ja", notes: "case does not matter" },
    { display: "en_GB", expected: "en", notes: "underscore separator" },
    { display: "pt-BR", expected: "en", notes: "unsupported language falls back to English" },
    { display: "", expected: "en", notes: "Office gave nothing" },
    { display: "nb-NO", expected: "en", notes: "Norwegian is not Swedish" },
  ];
  it.each(cases)("$display → $expected ($notes)", ({ display, expected }) => {
    expect(pickLanguage(display)).toBe(expected);
  });

  it("renders the pane in French for fr-FR, with French numbers and finding messages", async () => {
    window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1");
    const finding = makeFinding({
      params: { column: "Deal Name" },
      message: "Required field Deal Name missing",
    });
    renderApp(
      { outcomes: [makeOutcome([finding], { records: 1200, createRows: 1, updateRows: 1199 })] },
      { language: "fr-FR" },
    );
    goToTab("Vérifier");
    fireEvent.click(screen.getByRole("button", { name: "Vérifier la feuille" }));
    // The check found an error: the pane moves on to Corriger, where the findings are; the
    // first group starts open.
    const group = await screen.findByRole("button", { name: "Deal Name (1 résultat)" });
    expect(group.getAttribute("aria-expanded")).toBe("true");
    expect(
      screen.getByRole("button", { name: /Erreur D2 Champ obligatoire Deal Name manquant/ }),
    ).toBeTruthy();
    goToTab("Vérifier");
    const summary = await screen.findByTestId("check-summary");
    expect(summary.textContent).toContain("1 nouvelle opportunité, 1\u202f199 mises à jour");
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("fr");
  });

  it("falls back to English for an unsupported display language", async () => {
    renderApp({}, { language: "pt-BR" });
    expect(await screen.findByText("Header row: 57 template columns recognised.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check sheet" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Co-sell Upload Checker" })).toBeTruthy();
  });
});
