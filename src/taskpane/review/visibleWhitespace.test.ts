import { visibleWhitespace } from "./visibleWhitespace";

const shown = (text: string) =>
  visibleWhitespace(text)
    .map((piece) => (piece.whitespace ? `[${piece.text}]` : piece.text))
    .join("");

describe("visibleWhitespace", () => {
  it.each([
    { text: "Contoso Ltd", shown: "Contoso Ltd", notes: "a single inner space reads fine: left alone" },
    { text: " Contoso Ltd ", shown: "[·]Contoso Ltd[·]", notes: "leading and trailing spaces are the fix" },
    { text: "Contoso  Ltd", shown: "Contoso[··]Ltd", notes: "a doubled space" },
    { text: "Contoso\u00a0Ltd", shown: "Contoso[⍽]Ltd", notes: "a no-break space looks like a space" },
    { text: "a\tb\nc", shown: "a[→]b[↵]c", notes: "tab and line break" },
    { text: "   ", shown: "[···]", notes: "only spaces" },
    { text: "", shown: "", notes: "empty stays empty (the preview says (empty))" },
  ])("$notes", ({ text, shown: expected }) => {
    expect(shown(text)).toBe(expected);
  });

  it("keeps every character (pieces join back to the text's length)", () => {
    const text = " a  b\u3000c\t";
    expect(visibleWhitespace(text).reduce((n, piece) => n + Array.from(piece.text).length, 0)).toBe(
      Array.from(text).length,
    );
  });
});
