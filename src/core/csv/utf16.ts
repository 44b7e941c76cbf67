// UTF-16 as Excel's "Unicode Text" writes it (little-endian with a BOM). Decoded by hand so the
// core does not depend on which encodings the host's TextDecoder happens to support.

const CHUNK = 8192;

/** Decodes code units as they are (surrogate pairs stay pairs). An odd last byte becomes U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = Math.floor(bytes.length / 2);
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(CHUNK, units));
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(start + CHUNK, units);
    codes.length = end - start;
    for (let u = start; u < end; u++) {
      const lo = bytes[2 * u + (littleEndian ? 0 : 1)];
      const hi = bytes[2 * u + (littleEndian ? 1 : 0)];
      codes[u - start] = (hi << 8) | lo;
    }
    parts.push(String.fromCharCode(...codes));
  }
  if (bytes.length % 2 === 1) parts.push("\ufffd");
  return parts.join("");
}

/**
 * UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. Returns the byte order
 * when a sample looks like that, else null (then NUL bytes mean the file is binary).
 */
export function sniffBomlessUtf16(bytes: Uint8Array): "le" | "be" | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return "le";
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return "be";
  return null;
}
