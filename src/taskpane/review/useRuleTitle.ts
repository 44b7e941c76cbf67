// The plain-word title of a rule (finding code) in the UI language, for lists that name rules.
import * as React from "react";
import { useI18n } from "../i18n/I18nContext";
import { ruleTitle } from "../i18n/findings";

/** Returns a function giving a code's title; unknown codes show as the code itself. */
export function useRuleTitle(): (code: string) => string {
  const { language } = useI18n();
  return React.useCallback((code: string) => ruleTitle(code, language), [language]);
}
