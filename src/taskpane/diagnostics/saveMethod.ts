// How the last Save handed the file over, for Copy diagnostics: a download the host may ignore (Mac,
// iPad) is the first thing support asks about.
export type SaveMethod = "download" | "text to copy";

let last: SaveMethod | null = null;

export function noteSaveMethod(method: SaveMethod): void {
  last = method;
}

export function lastSaveMethod(): SaveMethod | null {
  return last;
}
