// The command's only contact with the outside world, injectable so tests run in-process.
import { mkdir, readFile, writeFile } from "node:fs/promises";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: string) => Promise<void>;
  /** Creates the directory and any missing parents; succeeds when it already exists. */
  mkdir: (path: string) => Promise<void>;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY: boolean;
  /** Environment variables the command reads (NO_COLOR). */
  env?: Record<string, string | undefined>;
}

export function nodeIo(): CliIo {
  ignoreClosedPipe();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data, "utf8"),
    mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

let pipeGuarded = false;

/** `cosell-check big.csv | head` closes stdout early: stop quietly instead of crashing on EPIPE. */
function ignoreClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
