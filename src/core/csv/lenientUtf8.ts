// UTF-8 with a few stray bytes (RULES.md "Files, encodings and characters"): a UTF-8 file where one
// cell was pasted from a Windows-1252 source. Every valid sequence is read as UTF-8; each byte that
// starts no valid sequence is read alone as Windows-1252 and remembered, so that only the cells
// holding one are reported and nothing else changes.
import { decodeWindows1252 } from "./windows1252";

/** A byte read as Windows-1252: where its character is in the decoded text, and the byte. */
export interface StrayByte {
  offset: number;
  byte: number;
}

export interface Utf8Scan {
  /** Valid sequences of two to four bytes: the file's own evidence of being UTF-8. */
  multiByte: number;
  /** Positions of the bytes that start no valid sequence. */
  invalid: number[];
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const b1 = bytes[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return b1 !== undefined && b1 >= low && b1 <= high && isContinuation(bytes[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    const ok = b1 !== undefined && b1 >= low && b1 <= high;
    return ok && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** One pass over the bytes. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: number[] = [];
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
    } else {
      invalid.push(i);
      i++;
    }
  }
  return { multiByte, invalid };
}

/**
 * The text with every valid sequence read as UTF-8 and each invalid byte as Windows-1252, and
 * where each such byte's character landed. The runs between invalid bytes are valid UTF-8.
 */
export function decodeLenientUtf8(
  bytes: Uint8Array,
  invalid: readonly number[],
): { text: string; strays: StrayByte[] } {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts: string[] = [];
  const strays: StrayByte[] = [];
  let length = 0;
  let from = 0;
  for (const at of invalid) {
    const run = decoder.decode(bytes.subarray(from, at));
    parts.push(run);
    length += run.length;
    strays.push({ offset: length, byte: bytes[at] });
    parts.push(decodeWindows1252(bytes.subarray(at, at + 1)));
    length += 1;
    from = at + 1;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(""), strays };
}
