// New sheet names that never collide with existing ones (case-insensitively, as Excel compares).

export const MAX_SHEET_NAME = 31;

export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A sheet name from a file name: the extension dropped, forbidden characters as "_", at most 31
 * characters, no apostrophe at either end, never blank or Excel's reserved "History".
 */
export function sheetNameForFile(fileName: string, fallback = "Co-sell file"): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(csv|txt|tsv)$/i, "");
  // Control characters cannot be typed into a sheet tab either.
  let name = Array.from(base.replace(FORBIDDEN, "_"))
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== "\u007f")
    .join("")
    .trim();
  name = Array.from(name).slice(0, MAX_SHEET_NAME).join("");
  // A 31-unit cut must not split a surrogate pair.
  while (name.length > MAX_SHEET_NAME) name = Array.from(name).slice(0, -1).join("");
  name = name.replace(/^'+|'+$/g, "").trim();
  if (name === "" || name.toLowerCase() === "history") return fallback;
  return name;
}
