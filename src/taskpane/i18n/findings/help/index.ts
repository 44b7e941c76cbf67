// Help texts per UI language: every code's help (a missing one does not compile) and every
// numbered code's label, in every UI language (test: findingHelp.test.ts).
import type { LabelListId } from "../../../../core/catalogue";
import type { LanguageCode } from "../../languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ja } from "./ja";
import { sv } from "./sv";
import type { HelpTranslation } from "./types";

export const FINDING_HELP: Readonly<Record<LanguageCode, HelpTranslation>> = { en, fr, sv, de, es, ja };

function own<T>(table: Readonly<Record<string, T>>, key: string): T | null {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
}

/** The plain explanation of a finding code in a language; null for codes the engine does not know. */
export function findingHelp(code: string, language: LanguageCode): string | null {
  return own(FINDING_HELP[language].help, code);
}

/** What a numbered code means (a reason, a kind of help) in a language. */
export function codeLabel(list: LabelListId, code: string, language: LanguageCode): string | null {
  return own(FINDING_HELP[language].labels[list], code);
}

export type { HelpTranslation } from "./types";
