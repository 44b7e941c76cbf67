// The playground's switches for the task pane's language and theme: they reconfigure the simulated
// Office (displayLanguage, officeTheme) and remount the real pane, as Office reloads an add-in after
// a display-language change. The workbook is kept, and the page around it takes the theme too;
// the URL keeps the choice for a reload.
import * as React from "react";
import type { SimHandle } from "../simhost";
import { applyPageTheme } from "./pageTheme";
import { pickLanguage, SUPPORTED_LANGUAGES, type LanguageCode } from "../taskpane/i18n/languages";

/** Each language by its own name, and the Office display language the playground reports for it. */
const LANGUAGES: Record<LanguageCode, { name: string; locale: string }> = {
  en: { name: "English", locale: "en-US" },
  fr: { name: "Français", locale: "fr-FR" },
  de: { name: "Deutsch", locale: "de-DE" },
  es: { name: "Español", locale: "es-ES" },
  sv: { name: "Svenska", locale: "sv-SE" },
  ja: { name: "日本語", locale: "ja-JP" },
};

function rememberInUrl(locale: string, theme: "light" | "dark"): void {
  const url = new URL(window.location.href);
  url.searchParams.set("sim-lang", locale);
  url.searchParams.set("sim-theme", theme);
  window.history.replaceState(null, "", url);
}

export function PaneSettings({ sim, remountPane }: { sim: SimHandle; remountPane: () => Promise<void> }) {
  const [language, setLanguage] = React.useState(() => pickLanguage(sim.options.displayLanguage));
  const [dark, setDark] = React.useState(() => sim.options.theme === "dark");

  const apply = (nextLanguage: LanguageCode, nextDark: boolean) => {
    setLanguage(nextLanguage);
    setDark(nextDark);
    // A regional variant the page was opened with (fr-CA) stays while its language is chosen.
    const current = sim.options.displayLanguage;
    const locale = pickLanguage(current) === nextLanguage ? current : LANGUAGES[nextLanguage].locale;
    const theme = nextDark ? "dark" : "light";
    sim.configure({ displayLanguage: locale, theme });
    applyPageTheme(theme);
    rememberInUrl(locale, theme);
    void remountPane();
  };

  return (
    <div className="paneSettings" role="group" aria-label="Task pane settings">
      <label>
        Task pane language{" "}
        <select value={language} onChange={(e) => apply(e.target.value as LanguageCode, dark)}>
          {SUPPORTED_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGES[code].name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={dark}
          onChange={(e) => apply(language, e.target.checked)}
        />{" "}
        Dark theme
      </label>
    </div>
  );
}
