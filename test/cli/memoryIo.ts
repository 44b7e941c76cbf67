// An in-memory CliIo: files in a map, output captured, errors shaped like node's fs errors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";

export const ROOT = join(__dirname, "..", "..");

export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
  files: Map<string, Uint8Array | string>;
  dirs: Set<string>;
  stdoutText(): string;
  stderrText(): string;
  written(path: string): string;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: simulated, open '${path}'`), { code });
}

export function memoryIo(files: Record<string, Uint8Array | string> = {}, isTTY = false): MemoryIo {
  const io: MemoryIo = {
    out: [],
    err: [],
    files: new Map(Object.entries(files)),
    dirs: new Set(),
    isTTY,
    env: {},
    stdout: (text) => void io.out.push(text),
    stderr: (text) => void io.err.push(text),
    readFile: async (path) => {
      if (io.dirs.has(path)) throw fsError("EISDIR", path);
      const data = io.files.get(path);
      if (data === undefined) throw fsError("ENOENT", path);
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (path, data) => {
      if (io.dirs.has(path)) throw fsError("EISDIR", path);
      io.files.set(path, data);
    },
    mkdir: async (path) => {
      if (io.files.has(path)) throw fsError("EEXIST", path);
      io.dirs.add(path);
    },
    stdoutText: () => io.out.join(""),
    stderrText: () => io.err.join(""),
    written: (path) => {
      const data = io.files.get(path);
      if (typeof data !== "string") throw new Error(`${path} was not written`);
      return data;
    },
  };
  return io;
}

/** Bytes of a file in the repository (examples, fixtures). */
export function repoFile(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, relative)));
}
