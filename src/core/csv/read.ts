// CSV text → Table. PapaParse splits; this file decides how (delimiter, line breaks) and turns
// its complaints into the few file-level errors the user can act on.
import Papa from "papaparse";
import { decodeBytes } from "./decode";
import { readSepLine, firstLineDelimiter, withoutFinalLineBreak } from "./firstLine";
import type { StrayByte } from "./lenientUtf8";
import { withOneNewline } from "./lineBreaks";
import { strayCells } from "./strayCells";
import type { CsvError, CsvFinding, CsvRead, Delimiter } from "./types";

const DELIMITER_NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

const fail = (error: CsvError): CsvRead => ({ ok: false, error });

/** Reads already-decoded text (a leading BOM character is ignored). Never throws. */
export function readCsvText(text: string): CsvRead {
  return readText(text, "UTF-8", [], []);
}

/** Reads a file's bytes: detects the encoding, then the delimiter. Never throws. */
export function readCsv(bytes: Uint8Array): CsvRead {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  return readText(decoded.text, decoded.encoding, decoded.findings, decoded.strays);
}

function readText(input: string, encoding: string, findings: CsvFinding[], strays: StrayByte[]): CsvRead {
  try {
    return parse(input, encoding, [...findings], strays);
  } catch {
    // PapaParse is not known to throw on strings; this keeps the promise if a future version does.
    return fail({ code: "file-no-header", params: {} });
  }
}

/** Stops at the first non-blank character instead of copying a 10 MB string like trim() would. */
const isBlank = (text: string): boolean => !/\S/.test(text);

function parse(input: string, encoding: string, findings: CsvFinding[], strays: StrayByte[]): CsvRead {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (isBlank(text)) return fail({ code: "file-empty", params: {} });

  const sep = readSepLine(text);
  if (sep) {
    text = sep.rest;
    if (isBlank(text)) return fail({ code: "file-empty", params: {} });
    // Saving writes no sep line: Partner Center would take it for the header row.
    findings.push({
      code: "delimiter-sep-line",
      severity: "notice",
      params: { delimiter: DELIMITER_NAMES[sep.delimiter] },
    });
  }
  // Offsets into `text`: what was cut off its start (a BOM, a sep line) moves them.
  const cut = input.length - text.length;
  const shifted = cut === 0 ? strays : strays.map((s) => ({ offset: s.offset - cut, byte: s.byte }));
  const delimiter = sep ? sep.delimiter : firstLineDelimiter(text);
  if (delimiter !== ",") {
    findings.push({
      code: "delimiter-not-comma",
      severity: "notice",
      params: { delimiter: DELIMITER_NAMES[delimiter] },
    });
  }

  // Mixed CRLF/LF/CR between rows (Excel plus a hand edit) all become LF; quoted cells keep theirs.
  const lines = withOneNewline(text, delimiter);
  const result = Papa.parse<string[]>(withoutFinalLineBreak(lines.text), {
    delimiter,
    newline: lines.newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    // Empty lines stay as rows so that row numbers match the spreadsheet; the engine skips them.
    skipEmptyLines: false,
  });
  // Both mean a quote that opened a field was not closed where a field can end; PapaParse then
  // runs the rest of the file into that field, which would silently merge rows.
  const quoteError = result.errors.find((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  if (quoteError)
    return fail({ code: "file-unterminated-quote", params: { row: (quoteError.row ?? 0) + 1 } });

  const rows = result.data;
  if (rows.length === 0 || rows[0].every((cell) => cell.trim() === ""))
    return fail({ code: "file-no-header", params: {} });
  return {
    ok: true,
    table: { rows },
    delimiter,
    encoding,
    findings,
    strays: strayCells(text, shifted, rows),
  };
}
