// What a number means to the person looking at its cell, where the cell's number format changes
// that meaning: a percent (0.4 shown as 40%), a date (46052 shown as 1/30/2026), leading zeros or
// literal text (1234 shown as 01234 under 00000, 12 as SOL-0012 under "SOL-"0000). Formats that
// only decorate the value (currency symbols, group separators, decimals, colours) change nothing:
// the plain value is what Partner Center wants. Read from the format code, not from Range.text,
// whose digits and separators follow the user's locale.
import { formatMDY, serialToDate, type DateSystem } from "../dates";
import { numberText } from "./numberText";

/** A format's pieces: placeholders and tokens as written, literal text already unquoted. */
type Token = { literal: string } | { code: string };

/** Splits a format into its sections (positive;negative;zero;text) at unquoted semicolons. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === "\\" && i + 1 < format.length) {
      current += format.slice(i, i + 2);
      i += 1;
    } else if (ch === ";") {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Null when the section holds a condition ([<=9999999]): which section applies is Excel's to say. */
function tokens(section: string): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      out.push({ literal: section[i + 1] ?? "" });
      i += 1;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^[<>=]/.test(inner)) return null;
      // [$€-407] shows a currency symbol: decoration. Colours and locales show nothing.
      i = end < 0 ? section.length : end;
    } else if (ch === "_" || ch === "*") {
      i += 1; // _x pads with x's width, *x repeats x: layout only
    } else out.push({ code: ch });
  }
  return out;
}

const codes = (toks: Token[]) =>
  toks
    .map((t) => ("code" in t ? t.code : ""))
    .join("")
    .toLowerCase();

function sectionFor(value: number, all: string[]): { section: string; signShown: boolean } {
  if (value < 0 && all.length > 1) return { section: all[1], signShown: true };
  if (value === 0 && all.length > 2) return { section: all[2], signShown: false };
  return { section: all[0], signShown: false };
}

/**
 * The text the user sees where it differs in meaning from the plain value; null where the plain
 * value is the right reading (General, Text, decorations, formats this reader does not model).
 */
export function formattedNumberText(value: number, format: string, dateSystem: DateSystem): string | null {
  if (!Number.isFinite(value) || format === "" || /^general$/i.test(format) || format === "@") return null;
  const { section, signShown } = sectionFor(value, sections(format));
  const toks = tokens(section);
  if (!toks) return null;
  const bare = codes(toks);
  if (/general/.test(bare)) return null;
  const hasDigits = /[0#?]/.test(bare);
  if (!hasDigits && /[ymd]/.test(bare)) return dateText(value, bare, dateSystem);
  if (bare.includes("%")) return `${numberText(value * 100)}%`;
  if (!hasDigits) return null;
  return paddedText(value, toks, bare, signShown);
}

function dateText(serial: number, bare: string, dateSystem: DateSystem): string | null {
  // With a time of day the cell means a moment: left as the number rather than cut to its day.
  if (/[hs]/.test(bare) || !Number.isInteger(serial)) return null;
  const date = serialToDate(serial, dateSystem);
  return date ? formatMDY(date) : null;
}

/** Zero-padded integers and literal text around digits (00000, 000-00-0000, "SOL-"0000). */
function paddedText(value: number, toks: Token[], bare: string, signShown: boolean): string | null {
  // Decimals, exponents, fractions and group separators only decorate the value.
  if (/[.,e/]/.test(bare) || !Number.isInteger(value)) return null;
  const zeros = (bare.match(/0/g) ?? []).length;
  // Text around the digits ("SOL-"0000) is part of what the value says; a lone $ is decoration.
  const words = toks.some((t) => "literal" in t && /[\p{L}\p{N}]/u.test(t.literal));
  if (zeros <= 1 && !words) return null;
  const digits = numberText(Math.abs(value));
  if (!/^\d+$/.test(digits)) return null;
  const placeholders = toks.filter((t) => "code" in t && /[0#?]/.test(t.code)).length;
  let next = digits.length - 1;
  let out = "";
  let seen = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if ("literal" in t) {
      out = t.literal + out;
      continue;
    }
    if (!/[0#?]/.test(t.code)) {
      out = t.code + out;
      continue;
    }
    seen += 1;
    // The leftmost placeholder takes every digit left over (12345 under 000 shows 12345).
    const take = seen === placeholders ? digits.slice(0, next + 1) : (digits[next] ?? "");
    next -= take.length;
    out = (take || (t.code === "0" ? "0" : t.code === "?" ? " " : "")) + out;
  }
  return value < 0 && !signShown ? `-${out}` : out;
}
