// What each template header says about its column: description, whether it is required, an
// example. Shown as a comment (ExcelApi 1.10) or, on older hosts, as a data-validation input
// prompt on the header cell (title ≤ 32 and message ≤ 255 characters, Excel's limits).
import type { ResolvedColumn } from "../core/catalogue";
import { isRequiredEverywhere } from "../core/catalogue";

export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;
/** An error alert's message is shorter: 225 characters (MS-XLSB 2.5.37 DValStrings). */
export const ALERT_MESSAGE_MAX = 225;

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

/** How the header notes ended up: comments, input prompts (the fallback), or none at all. */
export type NotesOutcome = "comments" | "prompts" | "none";

/**
 * One note per header cell (row 0, columns 0..n-1; null: an unknown header, no note), in a step
 * of its own after the data: comments where the host has them, else data-validation input
 * prompts. Hosts that report ExcelApi 1.10 may still refuse comments (NotImplemented: office-js
 * #1847); then the prompts are written instead. Cosmetic: never throws.
 */
export async function writeHeaderNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: readonly (ResolvedColumn | null)[],
  useComments = commentsSupported(),
): Promise<NotesOutcome> {
  if (useComments) {
    try {
      columns.forEach((column, col) => {
        if (column) context.workbook.comments.add(sheet.getRangeByIndexes(0, col, 1, 1), noteText(column));
      });
      await context.sync();
      return "comments";
    } catch {
      // Falls through to the prompts, which every host has.
    }
  }
  try {
    columns.forEach((column, col) => {
      if (!column) return;
      sheet.getRangeByIndexes(0, col, 1, 1).dataValidation.prompt = {
        showPrompt: true,
        title: clamp(column.canonical, PROMPT_TITLE_MAX),
        message: clamp(noteText(column), PROMPT_MESSAGE_MAX),
      };
    });
    await context.sync();
    return "prompts";
  } catch {
    return "none";
  }
}
