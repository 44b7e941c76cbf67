// Whitespace a reader cannot see in a preview (leading, trailing or doubled spaces, tabs, no-break
// and other Unicode spaces, line breaks) is shown as a visible sign, so a whitespace fix does not
// read "Contoso → Contoso".

export interface TextPiece {
  text: string;
  /** True when `text` is signs standing for invisible whitespace. */
  whitespace: boolean;
}

const SIGNS: Record<string, string> = { " ": "·", "\t": "→", "\n": "↵", "\r": "↵", "\u00a0": "⍽" };
// \s covers the no-break, Unicode and ideographic spaces and the BOM; U+200B is added by hand.
const SPACES = /[\s\u200b]/;

function sign(char: string): string {
  return SIGNS[char] ?? "⍽";
}

/** Splits `text` into plain runs and runs of visible signs; a lone inner space stays plain. */
export function visibleWhitespace(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let index = 0;
  while (index < text.length) {
    let end = index;
    const spaces = SPACES.test(text[index]);
    while (end < text.length && SPACES.test(text[end]) === spaces) end++;
    const run = text.slice(index, end);
    const invisible = spaces && (run !== " " || index === 0 || end === text.length);
    pieces.push(
      invisible
        ? { text: Array.from(run, sign).join(""), whitespace: true }
        : { text: run, whitespace: false },
    );
    index = end;
  }
  return pieces;
}
