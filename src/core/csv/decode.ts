// Bytes → text. Excel writes CSV as UTF-8 (with BOM, "CSV UTF-8"), as the Windows ANSI code page
// ("CSV (Comma delimited)", Windows-1252 in Western Europe and the Americas) or as UTF-16 LE with
// a BOM ("Unicode Text", tab-separated). Anything with NUL bytes otherwise is not text.
import type { CsvError, CsvFinding } from "./types";
import { decodeUtf16, sniffBomlessUtf16 } from "./utf16";
import { decodeWindows1252 } from "./windows1252";

export type Decoded =
  { ok: true; text: string; encoding: string; findings: CsvFinding[] } | { ok: false; error: CsvError };

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

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
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

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: { code: "file-empty", params: {} } };
  // An Excel workbook renamed or picked by mistake: say so rather than "not text".
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, error: { code: "file-binary", params: { kind: "xlsx" } } };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      ok: true,
      text: decodeUtf16(bytes.subarray(2), true),
      encoding: "UTF-16LE",
      findings: [notUtf8("UTF-16LE")],
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: true,
      text: decodeUtf16(bytes.subarray(2), false),
      encoding: "UTF-16BE",
      findings: [notUtf8("UTF-16BE")],
    };
  }
  const bomless = sniffBomlessUtf16(bytes);
  if (bomless) {
    const encoding = bomless === "le" ? "UTF-16LE" : "UTF-16BE";
    return { ok: true, text: decodeUtf16(bytes, bomless === "le"), encoding, findings: [notUtf8(encoding)] };
  }
  if (looksBinary(bytes)) return { ok: false, error: { code: "file-binary", params: { kind: "binary" } } };

  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrictUtf8(body);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "UTF-8", findings: [] };
  // Not valid UTF-8: the ANSI code page Excel uses on Western-European Windows.
  return {
    ok: true,
    text: decodeWindows1252(body),
    encoding: "Windows-1252",
    findings: [notUtf8("Windows-1252")],
  };
}
