// Makes the translator of the current UI language available to every component.
import * as React from "react";
import { createTranslator, type Translator } from "./translate";
import { pickLanguage } from "./languages";

const I18nContext = React.createContext<Translator>(createTranslator("en"));

export function I18nProvider({ language, children }: { language: string; children: React.ReactNode }) {
  const translator = React.useMemo(() => createTranslator(pickLanguage(language)), [language]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return React.useContext(I18nContext);
}
