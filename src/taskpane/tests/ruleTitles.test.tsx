/** @jest-environment jsdom */
// Rule titles: every language names every engine code in words, and the pane shows those words
// (not the raw code) in "Counts per rule", including in the "Fix all" button's accessible name.
import { fireEvent, screen, within } from "@testing-library/react";
import { FINDING_CODES } from "../../core/messages";
import { SUPPORTED_LANGUAGES } from "../i18n/languages";
import { FINDING_TEXTS, ruleTitle } from "../i18n/findings";
import type { LanguageCode } from "../i18n/languages";
import { goToTab, renderApp } from "../testing/renderApp";
import { makeFinding, makeOutcome } from "../testing/fakeOps";
import { pretendLayout } from "../testing/jsdomLayout";
import type { Finding } from "../../core/types";

pretendLayout();

/** "About 40 characters": a title is one short line in the 320 px pane, not a sentence. */
const MAX_TITLE_CHARS = 42;

const titlesOf = (language: LanguageCode): Record<string, string> =>
  Object.fromEntries(Object.entries(FINDING_TEXTS[language]).map(([code, text]) => [code, text.title]));

describe("rule titles", () => {
  it.each(SUPPORTED_LANGUAGES)("%s has a non-empty title for every engine code, and no other", (language) => {
    const titles = titlesOf(language);
    const missing = FINDING_CODES.filter((code) => !(titles[code] ?? "").trim());
    expect(missing).toEqual([]);
    const extra = Object.keys(titles).filter((code) => !(FINDING_CODES as string[]).includes(code));
    expect(extra).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)("%s titles are short, trimmed, without a final period", (language) => {
    const titles = titlesOf(language);
    const bad = Object.entries(titles).filter(
      ([, title]) => [...title].length > MAX_TITLE_CHARS || title !== title.trim() || /[.。]$/.test(title),
    );
    expect(bad).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)("%s titles tell rules apart (no two codes share a title)", (language) => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [code, title] of Object.entries(titlesOf(language))) {
      const other = seen.get(title.toLocaleLowerCase());
      if (other) clashes.push(`${other} / ${code}: ${title}`);
      seen.set(title.toLocaleLowerCase(), code);
    }
    expect(clashes).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES.filter((language) => language !== "ja"))(
    "%s titles are in sentence case (first letter upper case) and not the raw code",
    (language) => {
      const bad = Object.entries(titlesOf(language)).filter(
        ([code, title]) => title === code || !/^[\p{Lu}\d]/u.test(title),
      );
      expect(bad).toEqual([]);
    },
  );

  const cases = [
    { code: "consent-no", language: "en", expected: "No consent: deal not uploaded", notes: "English title" },
    {
      code: "status-substatus-mismatch",
      language: "de",
      expected: "Status und Unterstatus passen nicht",
      notes: "translated title",
    },
    {
      code: "rule-added-tomorrow",
      language: "fr",
      expected: "rule-added-tomorrow",
      notes: "unknown code falls back to itself",
    },
    {
      code: "toString",
      language: "en",
      expected: "toString",
      notes: "no inherited property leaks in as a title",
    },
  ] as const;
  it.each(cases)("ruleTitle($code, $language) ($notes)", ({ code, language, expected }) => {
    expect(ruleTitle(code, language)).toBe(expected);
  });
});

describe("counts per rule in the pane", () => {
  beforeEach(() => window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1"));

  const badCountry = makeFinding({
    code: "country-not-alpha2",
    column: "Customer Country",
    cell: "K12",
    row: 12,
    value: "USA",
    message: 'Customer Country value "USA" must be a two-letter country code: use "US".',
    params: { column: "Customer Country", value: "USA", fix: "US" },
    fix: "US",
  });
  const consentNo = makeFinding({ code: "consent-no", column: "Consent", cell: "AF3", row: 3, value: "No" });
  const future = makeFinding({ code: "rule-added-tomorrow", severity: "warning", message: "Something new" });

  async function checkWith(findings: Finding[], language: string) {
    renderApp({ outcomes: [makeOutcome(findings)] }, { language });
    const [tab, run, review] = {
      en: ["Check", "Check sheet", "Review & fix"],
      fr: ["Vérifier", "Vérifier la feuille", "Corriger"],
    }[language.slice(0, 2)] ?? ["", "", ""];
    goToTab(tab);
    fireEvent.click(screen.getByRole("button", { name: run }));
    await screen.findByRole("tab", { name: review, selected: true });
    await screen.findByTestId("rule-consent-no");
  }

  it("names each rule in words, keeps the code as a tooltip, and counts it", async () => {
    await checkWith([badCountry, { ...badCountry, cell: "K13", row: 13 }, consentNo, future], "en-US");
    const country = screen.getByTestId("rule-country-not-alpha2");
    expect(within(country).getByTestId("rule-title").textContent).toBe("Country not a 2-letter code");
    expect(within(country).getByTestId("rule-count").textContent).toBe("2");
    expect(within(country).getByTitle("country-not-alpha2")).toBeTruthy();
    // The raw code is no longer the visible text anywhere in the list.
    const list = screen.getByRole("list", { name: "Counts per rule" });
    expect(list.textContent).not.toMatch(/country-not-alpha2|consent-no/);
    expect(within(screen.getByTestId("rule-consent-no")).getByTestId("rule-title").textContent).toBe(
      "No consent: deal not uploaded",
    );
    // A code this build has no title for still shows, as itself, rather than vanishing.
    expect(within(screen.getByTestId("rule-rule-added-tomorrow")).getByTestId("rule-title").textContent).toBe(
      "rule-added-tomorrow",
    );
  });

  it("gives Fix all an accessible name that contains its visible text and the rule in words", async () => {
    await checkWith([badCountry, consentNo], "en-US");
    const button = within(screen.getByTestId("rule-country-not-alpha2")).getByRole("button");
    const name = button.getAttribute("aria-label") ?? "";
    expect(name).toBe("Fix all: Country not a 2-letter code (1)");
    expect(name).toContain(button.textContent ?? "(no text)");
    // No fixes, no button.
    expect(within(screen.getByTestId("rule-consent-no")).queryByRole("button")).toBeNull();
  });

  it("shows the titles in the UI language (French)", async () => {
    await checkWith([badCountry, consentNo], "fr-FR");
    expect(within(screen.getByTestId("rule-consent-no")).getByTestId("rule-title").textContent).toBe(
      "Sans consentement : pas d’import",
    );
    expect(
      screen.getByRole("button", { name: "Tout corriger : Pays non codé sur 2 lettres (1)" }),
    ).toBeTruthy();
  });
});
