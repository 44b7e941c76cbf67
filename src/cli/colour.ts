// ANSI colour when writing to a terminal; plain text otherwise or when NO_COLOR is set (no-color.org).
import type { Severity } from "../core/types";

export interface Paint {
  severity: (severity: Severity, text: string) => string;
  bold: (text: string) => string;
  dim: (text: string) => string;
}

const SEVERITY_CODES: Record<Severity, string> = { error: "31", warning: "33", notice: "36" };

export function wantsColour(isTTY: boolean, env: Record<string, string | undefined> = {}): boolean {
  return isTTY && !env.NO_COLOR;
}

export function paint(colour: boolean): Paint {
  const wrap = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    severity: (severity, text) => wrap(SEVERITY_CODES[severity], text),
    bold: (text) => wrap("1", text),
    dim: (text) => wrap("2", text),
  };
}
