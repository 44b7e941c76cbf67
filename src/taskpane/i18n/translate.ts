// Turns a key and its parameters into display text for one language.
import type { PluralKey, StringKey, Strings } from "./en";
import { UI_STRINGS, type LanguageCode } from "./languages";

export type Params = Record<string, string | number>;

export interface Translator {
  language: LanguageCode;
  /** Text of a key with its {placeholders} filled; numbers are formatted for the language. */
  t(key: StringKey, params?: Params): string;
  /** Plural text: picks `key_one` or `key_other` for `count` and fills {count}. */
  tp(key: PluralKey, count: number, params?: Params): string;
  /** A number formatted for the language (1,000 / 1 000 / 1.000). */
  n(value: number): string;
}

/** Replaces each {name} with params[name]; unknown placeholders stay visible rather than vanish. */
export function fillTemplate(
  template: string,
  params: Params,
  formatNumber: (value: number) => string,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatNumber(value) : value;
  });
}

export function createTranslator(
  language: LanguageCode,
  strings: Strings = UI_STRINGS[language],
): Translator {
  const numberFormat = new Intl.NumberFormat(language);
  const pluralRules = new Intl.PluralRules(language);
  const n = (value: number) => numberFormat.format(value);
  const t = (key: StringKey, params: Params = {}) => fillTemplate(strings[key], params, n);
  const tp = (key: PluralKey, count: number, params: Params = {}) => {
    const form = pluralRules.select(count) === "one" ? "one" : "other";
    return t(`${key}_${form}` as StringKey, { ...params, count });
  };
  return { language, t, tp, n };
}
