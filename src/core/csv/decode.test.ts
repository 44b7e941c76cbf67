import { decodeUtf16, sniffBomlessUtf16 } from "./utf16";
import { decodeWindows1252 } from "./windows1252";

describe("decodeWindows1252", () => {
  it("matches the WHATWG windows-1252 index for every byte", () => {
    // Oracle written out from the WHATWG encoding index (Node's own TextDecoder("windows-1252")
    // decodes Latin-1 instead, so it cannot serve as the oracle here).
    const table80to9f =
      "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
      "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
    const expected = Array.from({ length: 256 }, (_, b) =>
      b >= 0x80 && b <= 0x9f ? table80to9f[b - 0x80] : String.fromCharCode(b),
    ).join("");
    expect(decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe(expected);
  });

  it.each([
    { byte: 0x80, char: "€", notes: "euro sign, the reason Latin-1 is not enough" },
    { byte: 0x9f, char: "Ÿ", notes: "last entry of the table" },
    {
      byte: 0x81,
      char: "\u0081",
      notes: "unassigned: passed through as a C1 control (the row rules flag it)",
    },
    { byte: 0xe9, char: "é", notes: "Latin-1 range is identity" },
    { byte: 0xa0, char: "\u00a0", notes: "no-break space, first byte after the table" },
  ])("0x$byte → $char: $notes", ({ byte, char }) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });

  it("decodes long input across chunk boundaries", () => {
    const long = Uint8Array.from({ length: 20000 }, (_, i) => (i % 2 ? 0xe9 : 0x41));
    expect(decodeWindows1252(long)).toBe("Aé".repeat(10000));
  });
});

describe("decodeUtf16", () => {
  it.each([
    { bytes: [0x41, 0x00, 0xe9, 0x00], le: true, text: "Aé", notes: "little-endian" },
    { bytes: [0x00, 0x41, 0x20, 0xac], le: false, text: "A€", notes: "big-endian" },
    { bytes: [0x3d, 0xd8, 0x00, 0xde], le: true, text: "😀", notes: "surrogate pair survives" },
    {
      bytes: [0x41, 0x00, 0x42],
      le: true,
      text: "A\ufffd",
      notes: "odd trailing byte becomes U+FFFD, not lost silently",
    },
  ])("$notes", ({ bytes, le, text }) => {
    expect(decodeUtf16(Uint8Array.from(bytes), le)).toBe(text);
  });

  it.each([
    { bytes: [0x61, 0, 0x2c, 0, 0x62, 0], expected: "le", notes: "ASCII in UTF-16 LE" },
    { bytes: [0, 0x61, 0, 0x2c, 0, 0x62], expected: "be", notes: "ASCII in UTF-16 BE" },
    { bytes: [0x61, 0x2c, 0x62, 0x0a], expected: null, notes: "plain ASCII" },
    { bytes: [0x61, 0, 0, 0, 0x62, 0], expected: null, notes: "NULs on both sides: binary, not text" },
  ])("sniffBomlessUtf16: $notes", ({ bytes, expected }) => {
    expect(sniffBomlessUtf16(Uint8Array.from(bytes))).toBe(expected);
  });
});
