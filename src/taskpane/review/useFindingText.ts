// The reason of a finding in the UI language: the translated template for its code, filled from
// its params. English, and any code a translation does not know (e.g. Partner Center's own
// errors), show the engine's message as it is.
import * as React from "react";
import { fillTemplate } from "../../core/messages";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { findingTextFor } from "../i18n/findings";
import type { LanguageCode } from "../i18n/languages";

export function findingText(finding: Finding, language: LanguageCode): string {
  if (language === "en") return finding.message;
  const text = findingTextFor(finding.code, language);
  if (!text) return finding.message;
  return fillTemplate(text.message, finding.params);
}

/** Returns a function giving a finding's message for display. */
export function useFindingText(): (finding: Finding) => string {
  const { language } = useI18n();
  return React.useCallback((finding: Finding) => findingText(finding, language), [language]);
}
