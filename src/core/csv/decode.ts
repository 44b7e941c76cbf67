// Bytes → text. Excel writes CSV as UTF-8 (with BOM, "CSV UTF-8"), as the Windows ANSI code page
// ("CSV (Comma delimited)", Windows-1252 in Western Europe and the Americas) or as UTF-16 LE with
// a BOM ("Unicode Text", tab-separated). NUL bytes (or, in UTF-16, NUL characters) in more than
// a few cells mean the file is not text; in a few cells they are those cells' warnings.
import { decodeLenientUtf8, scanUtf8, type StrayByte } from "./lenientUtf8";
import type { CsvError, CsvFinding } from "./types";
import { decodeUtf16, sniffBomlessUtf16 } from "./utf16";
import { decodeWindows1252 } from "./windows1252";

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      findings: CsvFinding[];
      /** Bytes of an otherwise UTF-8 file read alone as Windows-1252 (their cells get a warning). */
      strays: StrayByte[];
    }
  | { ok: false; error: CsvError };

const notUtf8 = (encoding: string): CsvFinding => ({
  code: "encoding-not-utf8",
  severity: "warning",
  params: { encoding },
});

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // .xlsx is a zip archive
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .xls workbook
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** More than this share of C0 control bytes (other than tab, CR, LF, FF) in the sample: not text. */
const MAX_CONTROL_SHARE = 0.1;
const SAMPLE = 8192;
/**
 * A NUL in a few cells is a cell problem (RULES.md: a control-character warning with a fix); NULs
 * in more cells than this mean binary data, not a CSV someone typed into.
 */
export const MAX_CELLS_WITH_NUL = 8;

const isControl = (c: number): boolean => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
/** Comma, semicolon, tab, LF, CR: what can end a cell, whichever delimiter the file turns out to use. */
const endsCell = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Pieces between separators that hold a NUL: a close bound on the cells that do, counted the same
 * way on bytes and on UTF-16 text, so a fixed copy (same cells, other separators) is judged alike.
 */
function cellsWithNul(length: number, at: (i: number) => number): number {
  let cells = 0;
  let counted = false;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === 0 && !counted) {
      cells++;
      counted = true;
      if (cells > MAX_CELLS_WITH_NUL) break;
    } else if (endsCell(c)) counted = false;
  }
  return cells;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0 && cellsWithNul(bytes.length, (i) => bytes[i]) > MAX_CELLS_WITH_NUL) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) controls++;
  return controls > n * MAX_CONTROL_SHARE;
}

/** The same tests on UTF-16 text, where NUL is a character, not a byte. */
function textLooksBinary(text: string): boolean {
  if (
    text.indexOf("\u0000") >= 0 &&
    cellsWithNul(text.length, (i) => text.charCodeAt(i)) > MAX_CELLS_WITH_NUL
  )
    return true;
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > n * MAX_CONTROL_SHARE;
}

// One decoder, reused: `fatal` makes invalid UTF-8 throw instead of becoming U+FFFD.
let strictUtf8: InstanceType<typeof TextDecoder> | null = null;

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  strictUtf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** How many bytes at the end start a multi-byte UTF-8 character that the file cuts off (0–3). */
function cutOffUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if (b >= 0x80 && b <= 0xbf) continue; // a continuation byte: the lead byte is further back
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    return length > k ? k : 0;
  }
  return 0;
}

/**
 * A UTF-8 file cut inside its last character (a download or copy that stopped early): the rest is
 * UTF-8 when it decodes strictly and shows UTF-8 of its own (a BOM or a multi-byte character;
 * Windows-1252 text almost never does). ASCII and one stray high byte at the end stays 1252.
 */
function decodeCutOffUtf8(bytes: Uint8Array, hadBom: boolean): string | null {
  const cut = cutOffUtf8Tail(bytes);
  if (cut === 0) return null;
  const kept = bytes.subarray(0, bytes.length - cut);
  const text = decodeStrictUtf8(kept);
  const multiByte = text !== null && text.length < kept.length;
  return text !== null && (hadBom || multiByte) ? text + "\ufffd" : null;
}

const binary = (): Decoded => ({ ok: false, error: { code: "file-binary", params: { kind: "binary" } } });

/** The zip signature as UTF-16 text: its UTF-8 copy would start with the bytes of an .xlsx file. */
const ZIP_MAGIC_TEXT = String.fromCharCode(...ZIP_MAGIC);

function utf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const text = decodeUtf16(bytes, littleEndian);
  if (text.startsWith(ZIP_MAGIC_TEXT))
    return { ok: false, error: { code: "file-binary", params: { kind: "xlsx" } } };
  if (textLooksBinary(text)) return binary();
  const encoding = littleEndian ? "UTF-16LE" : "UTF-16BE";
  return { ok: true, text, encoding, findings: [notUtf8(encoding)], strays: [] };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: { code: "file-empty", params: {} } };
  // An Excel workbook renamed or picked by mistake: say so rather than "not text".
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, error: { code: "file-binary", params: { kind: "xlsx" } } };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), true);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), false);
  const bomless = sniffBomlessUtf16(bytes);
  if (bomless) return utf16(bytes, bomless === "le");
  if (looksBinary(bytes)) return binary();

  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrictUtf8(body);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "UTF-8", findings: [], strays: [] };
  const cutOff = decodeCutOffUtf8(body, hasBom);
  if (cutOff !== null) {
    const endsMidCharacter: CsvFinding = { code: "file-ends-mid-character", severity: "warning", params: {} };
    return { ok: true, text: cutOff, encoding: "UTF-8", findings: [endsMidCharacter], strays: [] };
  }
  // Mostly UTF-8 (a BOM, or at least as many valid multi-byte characters as invalid bytes): a few
  // pasted 1252 bytes, read alone, so that every other accented character stays as written.
  const scan = scanUtf8(body);
  if (hasBom || scan.invalid.length <= scan.multiByte) {
    const { text, strays } = decodeLenientUtf8(body, scan.invalid);
    return { ok: true, text, encoding: "UTF-8", findings: [], strays };
  }
  // Not UTF-8: the ANSI code page Excel uses on Western-European Windows.
  return {
    ok: true,
    text: decodeWindows1252(body),
    encoding: "Windows-1252",
    findings: [notUtf8("Windows-1252")],
    strays: [],
  };
}
