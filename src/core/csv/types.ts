import type { FileIssue } from "../messages";
import type { Severity, Table } from "../types";
import type { StrayCell } from "./strayCells";

export type Delimiter = "," | ";" | "\t";

/** A file-level finding from reading the file (delimiter, encoding); the engine adds row/column nulls. */
export type CsvFinding = FileIssue & { severity: Severity };

/** Why a file could not be read at all: one clear sentence, nothing else (RULES.md "Header row"). */
export type CsvError = FileIssue<"file-empty" | "file-binary" | "file-unterminated-quote" | "file-no-header">;

export type CsvRead =
  | {
      ok: true;
      table: Table;
      delimiter: Delimiter;
      encoding: string;
      findings: CsvFinding[];
      /** Cells of a mostly-UTF-8 file holding bytes read as Windows-1252 (one warning each). */
      strays: StrayCell[];
    }
  | { ok: false; error: CsvError };
