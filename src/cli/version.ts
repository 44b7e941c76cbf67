// The version printed by --version: the package's own, read from the package.json beside lib/ (or
// src/ in tests), so a packed and installed CLI reports what was installed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version?: unknown;
  };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
