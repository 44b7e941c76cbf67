// Writes the files the user asked for: the fixed copy (--fix --out), the parts (--split) and the
// findings report (--findings-csv).
import { basename, extname, join } from "node:path";
import { splitTable, writeCsv } from "../core/csv";
import { findingsReportTable } from "../core/report/findingsReport";
import type { Finding, Table } from "../core/types";
import type { CliIo } from "./io";

/** Partner Center accepts at most this many records per upload. */
export const RECORDS_PER_PART = 1000;

/** A write that failed, with the path it was for (so the message can name it). */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`Cannot write ${path}`);
  }
}

export async function writeFixedCopy(io: CliIo, path: string, table: Table, bom: boolean): Promise<void> {
  await attempt(path, () => io.writeFile(path, writeCsv(table, { bom })));
}

/** The findings for a colleague's Excel: always with a BOM, which Excel needs to read UTF-8. */
export async function writeFindingsCsv(io: CliIo, path: string, findings: readonly Finding[]): Promise<void> {
  await attempt(path, () => io.writeFile(path, writeCsv(findingsReportTable(findings), { bom: true })));
}

/** Writes DIR/<name>-part-N.csv, each with the header row; returns the paths in order. */
export async function writeParts(
  io: CliIo,
  dir: string,
  inputFile: string,
  table: Table,
  bom: boolean,
): Promise<string[]> {
  await attempt(dir, () => io.mkdir(dir));
  const name = basename(inputFile, extname(inputFile)) || "part";
  const paths: string[] = [];
  const parts = splitTable(table, RECORDS_PER_PART);
  for (const [index, part] of parts.entries()) {
    const path = join(dir, `${name}-part-${index + 1}.csv`);
    await attempt(path, () => io.writeFile(path, writeCsv(part, { bom })));
    paths.push(path);
  }
  return paths;
}

async function attempt(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new WriteError(path, error);
  }
}
