// A 10 MB cell must not become a 10 MB line in the readable report (--json keeps everything).

/** Characters of a long text shown before the ellipsis. */
export const SHOWN_CHARACTERS = 80;

/**
 * The text as a JSON string literal, or, when it is longer than `shown` characters, its first
 * `shown` characters, an ellipsis and the full length: `"Call on Monday…" (10,485,763 characters)`.
 */
export function quoteShortened(text: string, shown = SHOWN_CHARACTERS): string {
  if (text.length <= shown) return JSON.stringify(text);
  // Never end on the first half of a surrogate pair (it would print as a broken character).
  const end = isHighSurrogate(text.charCodeAt(shown - 1)) ? shown - 1 : shown;
  return `${JSON.stringify(text.slice(0, end) + "…")} (${text.length.toLocaleString("en-US")} characters)`;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
