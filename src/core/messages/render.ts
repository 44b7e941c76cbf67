import type { Finding, MessageParams } from "../types";
import { actionOf, en } from "./registry";
import type { Surface } from "./spec";

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

/**
 * Renders a code's English message; unknown codes fall back to the code. Without a surface the
 * text says what was found (Finding.message); with one it adds what to do there, for codes whose
 * remedy is a setting of the pane or an option of the CLI.
 */
export function renderMessage(code: string, params: MessageParams, surface?: Surface): string {
  const message = fillTemplate(own(en, code) ?? code, params);
  return surface === undefined ? message : withAction(message, code, params, surface);
}

/** A finding's English message as shown on a surface: its message, then that surface's action. */
export function findingMessage(finding: Finding, surface: Surface): string {
  return withAction(finding.message, finding.code, finding.params, surface);
}

function withAction(message: string, code: string, params: MessageParams, surface: Surface): string {
  const action = actionOf(code);
  return action ? `${message} ${fillTemplate(action[surface], params)}` : message;
}
