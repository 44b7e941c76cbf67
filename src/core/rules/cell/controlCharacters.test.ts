import { hasControlCharacter } from "./controlCharacters";

describe("hasControlCharacter", () => {
  const cases = [
    { value: "plain", multiline: false, expected: false, notes: "printable text" },
    { value: "a\u0000b", multiline: true, expected: true, notes: "NUL anywhere" },
    { value: "a\r\nb", multiline: true, expected: false, notes: "CRLF inside Notes" },
    { value: "a\r\nb", multiline: false, expected: true, notes: "CRLF in a one-line column" },
    { value: "a\u007fb", multiline: false, expected: true, notes: "DEL" },
    { value: "café – ok", multiline: false, expected: false, notes: "non-ASCII is not control" },
  ];
  it.each(cases)("$notes", ({ value, multiline, expected }) => {
    expect(hasControlCharacter(value, multiline)).toBe(expected);
  });
});
