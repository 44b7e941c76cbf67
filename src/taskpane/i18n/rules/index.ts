// Rule titles per UI language, and the title of a code with a fallback for codes no table knows
// (a newer engine, or a test's made-up code): the code itself, so nothing shows blank.
import { EN_TITLES as en } from "../../../core/messages";
import type { LanguageCode } from "../languages";
import type { RuleTitles } from "./catalogue";
import { de } from "./de";
import { es } from "./es";
import { fr } from "./fr";
import { ja } from "./ja";
import { sv } from "./sv";

export const RULE_TITLES: Record<LanguageCode, RuleTitles> = { en, fr, sv, de, es, ja };

export function ruleTitle(code: string, language: LanguageCode): string {
  const titles: Readonly<Record<string, string>> = RULE_TITLES[language];
  return Object.prototype.hasOwnProperty.call(titles, code) ? titles[code] : code;
}
