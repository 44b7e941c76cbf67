// Hands CSV files to the browser as downloads (the task pane is a web page, so this is plain DOM).
import type { CsvFile } from "../ports";

/** How long an object URL stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** The type of every CSV file the pane hands out. */
export const CSV_TYPE = "text/csv;charset=utf-8";

/** A CSV file made in the pane (the findings report; tests). */
export function csvFile(name: string, text: string, records: number): CsvFile {
  return { name, records, blob: new Blob([text], { type: CSV_TYPE }) };
}

export function downloadCsvFiles(files: CsvFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(file.blob);
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

/**
 * The text a user pastes into an editor: without the byte order mark, which is invisible there
 * (reading UTF-8 text drops it). Read from the file when asked for, not on every save.
 */
export function textForCopy(file: CsvFile): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^\uFEFF/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file.blob, "utf-8");
  });
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
