// The UI languages and how an Office display language (e.g. "fr-FR") maps to one of them.
import { en, type Strings } from "./en";
import { fr } from "./fr";
import { sv } from "./sv";
import { de } from "./de";
import { es } from "./es";
import { ja } from "./ja";

export const UI_STRINGS = { en, fr, sv, de, es, ja } satisfies Record<string, Strings>;

export type LanguageCode = keyof typeof UI_STRINGS;

export const SUPPORTED_LANGUAGES = Object.keys(UI_STRINGS) as LanguageCode[];

/** "fr-FR" → "fr", "SV" → "sv"; anything unsupported (or empty) falls back to English. */
export function pickLanguage(displayLanguage: string | null | undefined): LanguageCode {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as string[]).includes(primary) ? (primary as LanguageCode) : "en";
}
