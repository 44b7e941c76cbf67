// Help texts per UI language. A language appears here only when every code has its help and
// every numbered code its label (test: findingHelp.test.ts); the pane offers help only in those.
import type { LabelListId } from "../../../../core/catalogue";
import type { LanguageCode } from "../../languages";
import { en } from "./en";
import type { HelpTranslation } from "./types";

export const FINDING_HELP: Partial<Record<LanguageCode, HelpTranslation>> = { en };

function own<T>(table: Readonly<Record<string, T>>, key: string): T | null {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
}

/** The plain explanation of a finding code in a language; null for codes the engine does not know. */
export function findingHelp(code: string, language: LanguageCode): string | null {
  const table = FINDING_HELP[language];
  return table ? own(table.help, code) : null;
}

/** What a numbered code means (a reason, a kind of help) in a language. */
export function codeLabel(list: LabelListId, code: string, language: LanguageCode): string | null {
  const table = FINDING_HELP[language];
  return table ? own(table.labels[list], code) : null;
}

export type { HelpTranslation } from "./types";
