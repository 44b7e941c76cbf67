import type { MessageParams } from "../types";
import { en } from "./registry";

export type MessageCatalogue = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a template from the catalogue. Unknown codes fall back to English, then to the code itself;
 * a missing parameter stays visible as {name} rather than throwing.
 */
export function renderMessage(code: string, params: MessageParams, catalogue: MessageCatalogue = en): string {
  const template = catalogue[code] ?? (en as MessageCatalogue)[code] ?? code;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
