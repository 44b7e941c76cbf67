// Every way the command can fail, said in one sentence (no stack traces).

export function readFailure(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return `Cannot read ${file}: there is no such file.`;
    case "EISDIR":
      return `Cannot read ${file}: it is a folder, not a CSV file.`;
    case "EACCES":
    case "EPERM":
      return `Cannot read ${file}: permission denied.`;
    default:
      return `Cannot read ${file} (${describe(error)}).`;
  }
}

export function writeFailure(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return `Cannot write ${path}: its folder does not exist.`;
    case "EISDIR":
      return `Cannot write ${path}: it is a folder.`;
    case "ENOTDIR":
      return `Cannot write ${path}: part of the path is a file, not a folder.`;
    case "EACCES":
    case "EPERM":
      return `Cannot write ${path}: permission denied.`;
    default:
      return `Cannot write ${path} (${describe(error)}).`;
  }
}

export function unexpectedFailure(error: unknown): string {
  return `cosell-check stopped unexpectedly (${describe(error)}); please report this.`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
}

/** The first line of the error's message, without a trailing full stop. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split(/\r?\n/, 1)[0].trim().replace(/\.$/, "");
  return firstLine || errorCode(error) || "unknown error";
}
