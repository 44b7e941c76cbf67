// Hands CSV files to the browser as downloads (the task pane is a web page, so this is plain DOM).
import type { CsvFile } from "../ports";

/** How long an object URL stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

export function downloadCsvFiles(files: CsvFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/csv;charset=utf-8" }));
    const link = doc.createElement("a");
    link.href = url;
    link.download = file.name;
    link.style.display = "none";
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** The text a user pastes into an editor: without the byte order mark, which is invisible there. */
export function textForCopy(file: CsvFile): string {
  return file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
}

/** Copies text; falls back to selecting a field and execCommand where the Clipboard API is missing (Excel for Mac). */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  }
}
