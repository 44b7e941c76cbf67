// Excel's documented limits that the simulated host enforces (each as an error at sync).
import { ErrorCodes, SimHostError } from "./errors";
import type { SheetModel } from "./model";

/** Inline list source of a data validation ("a,b,c"): Excel's Source box takes 255 characters. */
export const MAX_INLINE_LIST_CHARS = 255;
/** Input message body (MS-XLSB 2.5.37 DValStrings: strPrompt ≤ 255; MS-OI29500 2.1.613: prompt ≤ 255). */
export const MAX_VALIDATION_MESSAGE_CHARS = 255;
/** Error alert message body (MS-XLSB 2.5.37 DValStrings: strError ≤ 225 characters). */
export const MAX_ALERT_MESSAGE_CHARS = 225;
/** Input message and error alert titles. */
export const MAX_VALIDATION_TITLE_CHARS = 32;
/**
 * Address strings of getRange/getRanges: "When this limit is exceeded, the address string is
 * truncated to 8192 characters" (office-js-docs-pr, Troubleshooting Excel add-ins, "Range return
 * character limit"). Not refused: what is left may name fewer or other cells.
 */
export const MAX_ADDRESS_CHARS = 8192;
/** Sheet names. */
export const MAX_SHEET_NAME_CHARS = 31;
/** Characters a cell can hold. */
export const MAX_CELL_CHARS = 32_767;
/** "A range is limited to 5,000,000 cells for read operations" (Resource limits, Excel add-ins). */
export const MAX_READ_CELLS = 5_000_000;

/** What Excel keeps of a getRange/getRanges address. */
export function truncateAddress(address: string): string {
  return address.length > MAX_ADDRESS_CHARS ? address.slice(0, MAX_ADDRESS_CHARS) : address;
}

/** Other address arguments (validation sources, names): refused rather than silently cut. */
export function checkAddressLength(address: string): void {
  if (address.length > MAX_ADDRESS_CHARS) {
    throw new SimHostError(
      ErrorCodes.invalidArgument,
      `The address is longer than ${MAX_ADDRESS_CHARS} characters.`,
    );
  }
}

export function checkText(label: string, text: unknown, max: number): void {
  if (typeof text === "string" && text.length > max) {
    throw new SimHostError(ErrorCodes.invalidArgument, `The ${label} is longer than ${max} characters.`);
  }
}

/** Refuses reads whose response could not fit, before allocating them (two bytes per cell is a floor). */
export function checkReadSize(cells: number, payloadLimit: number | null): void {
  if (cells > MAX_READ_CELLS || (payloadLimit !== null && cells * 2 > payloadLimit)) {
    throw new SimHostError(ErrorCodes.responsePayloadSizeLimitExceeded);
  }
}

export function checkCellText(value: unknown): void {
  if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
    throw new SimHostError(ErrorCodes.invalidArgument, `A cell holds at most ${MAX_CELL_CHARS} characters.`);
  }
}

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected)
    throw new SimHostError(
      ErrorCodes.accessDenied,
      "The cell or chart you're trying to change is on a protected sheet.",
    );
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export function checkSheetName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > MAX_SHEET_NAME_CHARS ||
    INVALID_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw new SimHostError(ErrorCodes.invalidArgument, `The sheet name '${String(name)}' is not valid.`);
  }
  return name;
}
