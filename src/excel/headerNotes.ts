// What each template header says about its column: description, whether it is required, an
// example. Shown as a comment (ExcelApi 1.10) or, on older hosts, as a data-validation input
// prompt on the header cell (title ≤ 32 and message ≤ 255 characters, Excel's limits).
import type { ResolvedColumn } from "../core/catalogue";
import { isRequiredEverywhere } from "../core/catalogue";

export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;

export function requirementText(column: ResolvedColumn): string {
  const { descriptor, n } = column;
  if (descriptor.readOnly === "always") return "Read-only: filled by Partner Center, edits are ignored.";
  if (isRequiredEverywhere(descriptor, n)) return "Required.";
  if (descriptor.repeat && n !== 1) return "Optional.";
  switch (descriptor.required) {
    case "create-rows":
      return "Required on new deals (rows without a Referral ID).";
    case "update-rows":
      return "Required on updates (rows with a Referral ID).";
    case "conditional":
      return "Required in some rows (see description).";
    default:
      return "Optional.";
  }
}

/** Whether the header is drawn as required (bold + fill). */
export function isRequiredHeader(column: ResolvedColumn): boolean {
  const required = column.descriptor.required;
  if (column.descriptor.readOnly === "always") return false;
  return isRequiredEverywhere(column.descriptor, column.n) || required === "create-rows";
}

export function noteText(column: ResolvedColumn): string {
  const example = column.descriptor.example ? ` Example: ${column.descriptor.example}` : "";
  return `${requirementText(column)} ${column.descriptor.description}${example}`.trim();
}

export function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function commentsSupported(): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.10") === true
  );
}

/** Queues one note per header cell (row 0 of the sheet, columns 0..n-1); null: an unknown header, no note. */
export function addHeaderNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: readonly (ResolvedColumn | null)[],
  useComments = commentsSupported(),
): void {
  columns.forEach((column, col) => {
    if (!column) return;
    const cell = sheet.getRangeByIndexes(0, col, 1, 1);
    if (useComments) {
      context.workbook.comments.add(cell, noteText(column));
      return;
    }
    cell.dataValidation.prompt = {
      showPrompt: true,
      title: clamp(column.canonical, PROMPT_TITLE_MAX),
      message: clamp(noteText(column), PROMPT_MESSAGE_MAX),
    };
  });
}
