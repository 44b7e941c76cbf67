import type { MessageParams } from "../types";
import { en } from "./registry";

export type MessageCatalogue = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const own = (table: MessageCatalogue, code: string) =>
  Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;

/** Fills {name} from params; a missing parameter stays visible as {name} rather than throwing. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Renders a code's message from the catalogue; unknown codes fall back to English, then to the code. */
export function renderMessage(code: string, params: MessageParams, catalogue: MessageCatalogue = en): string {
  return fillTemplate(own(catalogue, code) ?? own(en, code) ?? code, params);
}
