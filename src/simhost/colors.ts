// Excel returns colors as "#RRGGBB" (upper case) and accepts a few HTML names.
import { ErrorCodes, SimHostError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  pink: "#FFC0CB",
  purple: "#800080",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
};

export function normalizeColor(color: unknown): string {
  if (typeof color !== "string")
    throw new SimHostError(ErrorCodes.invalidArgument, "The color is not valid.");
  const c = color.trim();
  if (NAMED[c.toLowerCase()]) return NAMED[c.toLowerCase()];
  let m = /^#([0-9a-f]{6})$/i.exec(c);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw new SimHostError(ErrorCodes.invalidArgument, `The color '${c}' is not valid.`);
}
