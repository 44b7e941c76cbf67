// Turns argv into options, or into the one sentence that explains what is wrong with it.
import { parseArgs } from "node:util";
import type { DateOrder } from "../core/types";

export interface CliOptions {
  file: string;
  json: boolean;
  /** Where to write the output: the fixed copy with --fix, else the file the add-in would save. */
  out: string | null;
  /** --fix: apply every fix to --out/--split instead of only the notices' normalisations. */
  fix: boolean;
  /** The file as Partner Center sent it (--original), for read-only and closed-deal edits. */
  original: string | null;
  split: string | null;
  /** Where to write the findings as a CSV for Excel (--findings-csv). */
  findingsCsv: string | null;
  dateOrder: DateOrder;
  bom: boolean;
}

export type ParsedArgs =
  | { kind: "run"; options: CliOptions }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; message: string };

const DATE_ORDERS: readonly DateOrder[] = ["auto", "mdy", "dmy"];

const OPTIONS = {
  json: { type: "boolean" },
  fix: { type: "boolean" },
  out: { type: "string" },
  original: { type: "string" },
  split: { type: "string" },
  "findings-csv": { type: "string" },
  "date-order": { type: "string" },
  "no-bom": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

const HINT = "run cosell-check --help for usage";

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  if (argv.includes("--version") || argv.includes("-V")) return { kind: "version" };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { kind: "error", message: describeParseError(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return fail(`Missing the CSV file to check; ${HINT}.`);
  if (positionals.length > 1)
    return fail(`Expected one CSV file but got ${positionals.length} (${positionals.join(", ")}).`);
  if (values.fix && values.out === undefined)
    return fail("--fix needs --out <fixed.csv> to say where to write the fixed copy.");
  for (const name of ["out", "original", "split", "findings-csv", "date-order"] as const) {
    if (values[name] === "") return fail(`--${name} needs a non-empty value.`);
  }
  const dateOrder = values["date-order"] ?? "auto";
  if (!isDateOrder(dateOrder)) return fail(`--date-order must be auto, mdy or dmy, not "${dateOrder}".`);
  return {
    kind: "run",
    options: {
      file: positionals[0],
      json: values.json ?? false,
      out: values.out ?? null,
      fix: values.fix ?? false,
      original: values.original ?? null,
      split: values.split ?? null,
      findingsCsv: values["findings-csv"] ?? null,
      dateOrder,
      bom: !values["no-bom"],
    },
  };
}

function fail(message: string): ParsedArgs {
  return { kind: "error", message };
}

function isDateOrder(value: string): value is DateOrder {
  return (DATE_ORDERS as readonly string[]).includes(value);
}

/** node's parseArgs messages run to several sentences; say the same in one. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? "an option";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${option}; ${HINT}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(text)
        ? `${option} does not take a value.`
        : `${option} needs a value; ${HINT}.`;
    default:
      return `The arguments could not be read; ${HINT}.`;
  }
}
