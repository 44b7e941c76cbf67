// cosell-check: a thin adapter from the command line to the core checker.
import { resolve } from "node:path";
import { checkCsv } from "../core/checkFile";
import { readCsv } from "../core/csv";
import { findingMessage, renderMessage } from "../core/messages";
import { uploadTable } from "../core/save/uploadTable";
import { applyFixes } from "../core/fixes";
import type { CheckResult, Table } from "../core/types";
import { parseCliArgs, type CliOptions } from "./args";
import { paint, wantsColour } from "./colour";
import { readFailure, unexpectedFailure, writeFailure } from "./failure";
import { formatHuman } from "./human";
import { nodeIo, type CliIo } from "./io";
import { formatJson } from "./json";
import { WriteError, writeFindingsCsv, writeFixedCopy, writeParts } from "./outputs";
import { count } from "./plural";
import { USAGE } from "./usage";
import { packageVersion } from "./version";

export const EXIT = { clean: 0, errorsFound: 1, cannotRun: 2 } as const;

/** Runs the command and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof WriteError) return fail(io, writeFailure(error.path, error.reason));
    return fail(io, unexpectedFailure(error));
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === "help") {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  if (args.kind === "version") {
    io.stdout(`cosell-check ${packageVersion()}\n`);
    return EXIT.clean;
  }
  if (args.kind === "error") return fail(io, args.message);
  const options = args.options;
  if (options.out !== null && resolve(options.out) === resolve(options.file))
    return fail(io, "--out must name a new file, not the file being checked.");
  if (options.out !== null && options.original !== null && resolve(options.out) === resolve(options.original))
    return fail(io, "--out must name a new file, not the original.");
  for (const input of [options.file, options.original]) {
    if (options.findingsCsv !== null && input !== null && resolve(options.findingsCsv) === resolve(input))
      return fail(io, "--findings-csv must name a new file, not a file being read.");
  }

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(options.file);
  } catch (error) {
    return fail(io, readFailure(options.file, error));
  }
  let original: Table | undefined;
  if (options.original !== null) {
    let originalBytes: Uint8Array;
    try {
      originalBytes = await io.readFile(options.original);
    } catch (error) {
      return fail(io, readFailure(options.original, error));
    }
    const read = readCsv(originalBytes);
    if (!read.ok)
      return fail(
        io,
        `${options.original}: ${renderMessage(read.error.code, read.error.params ?? {}, "cli")}`,
      );
    original = read.table;
  }
  const checked = checkCsv(bytes, { dateOrder: options.dateOrder, ...(original ? { original } : {}) });
  if (!checked.ok) return fail(io, `${options.file}: ${checked.error.message}`);
  const result = forCommandLine(checked.result);

  const notes = await writeOutputs(io, options, checked.table, result);
  if (options.findingsCsv !== null) {
    await writeFindingsCsv(io, options.findingsCsv, result.findings);
    notes.push(`Wrote ${options.findingsCsv} with ${count(result.findings.length, "finding")}.`);
  }
  if (options.json) io.stdout(formatJson(options.file, result));
  else {
    const style = paint(wantsColour(io.isTTY, io.env));
    io.stdout(formatHuman(options.file, result, style) + notes.map((n) => n + "\n").join(""));
  }
  return result.summary.error > 0 ? EXIT.errorsFound : EXIT.clean;
}

/** Messages that name a remedy name the CLI's (--date-order, --split), not the pane's settings. */
function forCommandLine(result: CheckResult): CheckResult {
  const findings = result.findings.map((f) => {
    const message = findingMessage(f, "cli");
    return message === f.message ? f : { ...f, message };
  });
  return { ...result, findings };
}

/**
 * Writes --out and/or the --split parts: with --fix the table with every fix applied; without it
 * the file the add-in's "Save as CSV" writes (the notices' normalisations only, RULES.md "Saving").
 */
async function writeOutputs(
  io: CliIo,
  options: CliOptions,
  table: Table,
  result: CheckResult,
): Promise<string[]> {
  const notes: string[] = [];
  if (options.out === null && options.split === null) return notes;
  let output = table;
  if (options.fix) {
    const fixed = applyFixes(table, result.findings);
    output = fixed.table;
    if (options.out !== null) {
      await writeFixedCopy(io, options.out, output, options.bom);
      notes.push(`Wrote ${options.out} with ${count(fixed.changed, "cell")} fixed.`);
    }
  } else {
    const upload = uploadTable(table, result.findings);
    if (!upload.ok) return ["No file written: there are no records to save."];
    output = upload.table;
    if (options.out !== null) {
      await writeFixedCopy(io, options.out, output, options.bom);
      notes.push(`Wrote ${options.out} with ${count(upload.normalised, "cell")} normalised.`);
    }
  }
  if (options.split !== null) {
    const paths = await writeParts(io, options.split, options.file, output, options.bom);
    notes.push(`Wrote ${count(paths.length, "part")} of at most 1,000 records: ${paths.join(", ")}.`);
  }
  return notes;
}

function fail(io: CliIo, sentence: string): number {
  io.stderr(`cosell-check: ${sentence}\n`);
  return EXIT.cannotRun;
}
