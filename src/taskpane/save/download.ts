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

/**
 * Copies text; falls back to selecting a field and execCommand where the Clipboard API is missing
 * or refused (Excel for Mac, a task pane frame without clipboard permission). Without a visible
 * field a temporary off-screen one is used.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const target = field ?? offScreenField(text);
  target.focus();
  target.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    if (target !== field) target.remove();
  }
}

function offScreenField(text: string): HTMLTextAreaElement {
  const area = document.createElement("textarea");
  area.value = text;
  area.readOnly = true;
  area.setAttribute("aria-hidden", "true");
  area.style.position = "fixed";
  area.style.left = "-10000px";
  document.body.appendChild(area);
  return area;
}
