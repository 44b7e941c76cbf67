// The reason of a finding in the UI language: the translated template for its code, filled from
// its params (numbers formatted as the pane's labels format them), then what to do in the pane
// when the remedy is one of its settings. A code no table knows (e.g. a newer engine's) shows the
// engine's English message as it is, and so does an English message the registry did not word.
import * as React from "react";
import { fillTemplate as plainFill } from "../../core/messages";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { findingTextFor } from "../i18n/findings";
import type { LanguageCode } from "../i18n/languages";
import { fillTemplate } from "../i18n/translate";

const numberFormats = new Map<LanguageCode, Intl.NumberFormat>();
function formatNumber(language: LanguageCode): (value: number) => string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return (value) => format.format(value);
}

export function findingText(finding: Finding, language: LanguageCode): string {
  const text = findingTextFor(finding.code, language);
  if (!text) return finding.message;
  // English is the engine's own message; one this registry did not word (another engine's) stays as it is.
  if (language === "en" && finding.message !== plainFill(text.message, finding.params))
    return finding.message;
  const n = formatNumber(language);
  const message = fillTemplate(text.message, finding.params, n);
  return text.action ? `${message} ${fillTemplate(text.action, finding.params, n)}` : message;
}

/** Returns a function giving a finding's message for display. */
export function useFindingText(): (finding: Finding) => string {
  const { language } = useI18n();
  return React.useCallback((finding: Finding) => findingText(finding, language), [language]);
}
