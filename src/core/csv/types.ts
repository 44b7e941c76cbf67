import type { MessageParams, Severity, Table } from "../types";

export type Delimiter = "," | ";" | "\t";

/** A file-level finding from reading the file (delimiter, encoding); the engine adds row/column nulls. */
export interface CsvFinding {
  code: string;
  severity: Severity;
  params: MessageParams;
}

/** Why a file could not be read at all: one clear sentence, nothing else (RULES.md "Header row"). */
export interface CsvError {
  code: "file-empty" | "file-binary" | "file-unterminated-quote" | "file-no-header";
  params: MessageParams;
}

export type CsvRead =
  | { ok: true; table: Table; delimiter: Delimiter; encoding: string; findings: CsvFinding[] }
  | { ok: false; error: CsvError };
