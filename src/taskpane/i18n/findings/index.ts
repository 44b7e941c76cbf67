// Finding texts per UI language, keyed to the engine's registry: the message template and the rule
// title of a code. Codes no table knows (a newer engine, a test's made-up code) fall back to the
// engine's English message and to the code itself as title, so nothing shows blank.
import type { LanguageCode } from "../languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ja } from "./ja";
import { sv } from "./sv";
import type { FindingText, FindingTranslation } from "./translation";

export const FINDING_TEXTS: Record<LanguageCode, FindingTranslation> = { en, fr, sv, de, es, ja };

export function findingTextFor(code: string, language: LanguageCode): FindingText | null {
  const table: Readonly<Record<string, FindingText>> = FINDING_TEXTS[language];
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : null;
}

export function ruleTitle(code: string, language: LanguageCode): string {
  return findingTextFor(code, language)?.title ?? code;
}

export type { FindingText, FindingTranslation } from "./translation";
