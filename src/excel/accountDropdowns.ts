// applyAccountMatchDropdowns(): on a processed file, each record's Final account match cell gets a
// dropdown of that record's own suggestions (core: accountMatchChoices). Requests: the sheet read
// (readSheet: 1 + one per chunk), then the writes, split by measured request size (one request up
// to thousands of rows).
//
// The lists live on a hidden helper sheet, one row per distinct list, and each rule points at its
// row. Literal lists ("a,b,c") cannot carry suggestions: every suggestion contains commas
// ("MicrosoftID: …, AccountName: …") and Excel would split it into several items; they are also
// capped at 255 characters. Records with the same list share its helper row, and consecutive
// records with the same list share one rule.
import { columnLetters } from "../core/findings";
import { accountMatchChoices, type AccountMatchChoice } from "../core/processed/accountMatch";
import { ALERT_MESSAGE_MAX, clamp, PROMPT_MESSAGE_MAX, PROMPT_TITLE_MAX } from "./headerNotes";
import { readSheet } from "./readSheet";
import { ACTION_BYTES, jsonBytes, PATH_BYTES, splitByBytes } from "./requestSize";

export const CHOICES_SHEET_NAME = "Co-sell account choices";
export const ACCOUNT_ALERT_TITLE = "Not a suggestion for this row";
const PROMPT_TITLE = "Final account match";
const PROMPT_MESSAGE =
  "Partner Center's suggestions for this row: managed accounts, then unmanaged, then DUNS. You can also type MicrosoftID: Number-Alphanumeric.";
const ALERT_MESSAGE =
  "This value is not one of this row's suggestions. You can keep it if it is a valid MicrosoftID; the checker will report a wrong format.";

export interface AccountDropdownsOutcome {
  sheetName: string;
  /** Records that got a dropdown. */
  rows: number;
  /** Distinct suggestion lists (rows of the helper sheet). */
  lists: number;
}

export class NoAccountSuggestionsError extends Error {
  readonly code = "NoAccountSuggestions";
  constructor() {
    super(
      "This sheet has no Final account match and account suggestion columns: it is not a processed file.",
    );
    this.name = "NoAccountSuggestionsError";
  }
}

/** A run of consecutive records (table rows) offering the same list. */
interface Run {
  first: number;
  count: number;
  list: number;
}

/** Distinct lists in first-seen order, and each record's run. Linear in the records. */
export function planRuns(rows: readonly AccountMatchChoice[]): { lists: string[][]; runs: Run[] } {
  const index = new Map<string, number>();
  const lists: string[][] = [];
  const runs: Run[] = [];
  for (const { tableRow, choices } of rows) {
    // A NUL cannot be in a cell read from the sheet's text, so it separates the items safely.
    const key = choices.join("\u0000");
    let list = index.get(key);
    if (list === undefined) {
      list = lists.length;
      index.set(key, list);
      lists.push(choices);
    }
    const last = runs[runs.length - 1];
    if (last && last.list === list && last.first + last.count === tableRow) last.count++;
    else runs.push({ first: tableRow, count: 1, list });
  }
  return { lists, runs };
}

function listSource(list: number, length: number): string {
  const row = list + 1;
  return `='${CHOICES_SHEET_NAME}'!$A$${row}:$${columnLetters(length - 1)}$${row}`;
}

type Write = { bytes: number; queue: () => void };

/** The helper sheet (its null object loaded by readSheet's first request), or a new one. */
function existingOrAdded(workbook: Excel.Workbook, helper: Excel.Worksheet): Excel.Worksheet {
  return helper.isNullObject ? workbook.worksheets.add(CHOICES_SHEET_NAME) : helper;
}

/** Queues one list rule with its prompt and alert (the column's old rules were cleared before). */
function setRule(
  range: Excel.Range,
  rule: Excel.DataValidationRule,
  prompt: Excel.DataValidationPrompt,
  errorAlert: Excel.DataValidationErrorAlert,
): void {
  const validation = range.dataValidation;
  validation.rule = rule;
  validation.ignoreBlanks = true;
  validation.prompt = prompt;
  validation.errorAlert = errorAlert;
}

export async function applyAccountMatchDropdowns(): Promise<AccountDropdownsOutcome> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getActiveWorksheet();
    const helper = workbook.worksheets.getItemOrNullObject(CHOICES_SHEET_NAME);
    const read = await readSheet(context, sheet, {}, { afterShape: () => helper.load("name") });
    const plan = accountMatchChoices(read.table);
    if (!plan) throw new NoAccountSuggestionsError();
    const { lists, runs } = planRuns(plan.rows);
    const { origin } = read;
    const col = origin.col + plan.col;
    const records = read.table.rows.length - 1;

    const choices = existingOrAdded(workbook, helper);
    const writes: Write[] = [];
    writes.push({
      bytes: PATH_BYTES * 3 + ACTION_BYTES * 3,
      queue: () => {
        choices.getRange().clear(Excel.ClearApplyTo.contents);
        choices.visibility = Excel.SheetVisibility.hidden;
        // Rules of a previous run on records that no longer have suggestions would point at
        // another record's list: Final account match is Partner Center's column, so ours are the
        // only rules there.
        if (records > 0) sheet.getRangeByIndexes(origin.row + 1, col, records, 1).dataValidation.clear();
      },
    });
    const width = Math.max(1, ...lists.map((l) => l.length));
    // Helper rows in blocks, each block one range write: text format so nothing is read as a number.
    const blocks = splitByBytes(
      lists.map((list, i) => ({ i, list })),
      ({ list }) => jsonBytes(list) + 8,
      200_000,
    );
    for (const block of blocks) {
      const first = block[0].i;
      const values = block.map(({ list }) => [...list, ...Array<string>(width - list.length).fill("")]);
      writes.push({
        bytes: PATH_BYTES + 2 * ACTION_BYTES + jsonBytes(values),
        queue: () => {
          const range = choices.getRangeByIndexes(first, 0, values.length, width);
          (range as { numberFormat: unknown }).numberFormat = "@";
          range.values = values;
        },
      });
    }
    const prompt = {
      showPrompt: true,
      title: clamp(PROMPT_TITLE, PROMPT_TITLE_MAX),
      message: clamp(PROMPT_MESSAGE, PROMPT_MESSAGE_MAX),
    };
    // Warning, not Stop: a MicrosoftID typed by hand is allowed (RULES.md), and the check reports it.
    const errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.warning,
      title: clamp(ACCOUNT_ALERT_TITLE, PROMPT_TITLE_MAX),
      message: clamp(ALERT_MESSAGE, ALERT_MESSAGE_MAX),
    };
    // Two object paths (the range, its dataValidation) and four property sets.
    const ruleBytes = 2 * PATH_BYTES + 4 * ACTION_BYTES + jsonBytes(prompt) + jsonBytes(errorAlert) + 8;
    for (const run of runs) {
      const rule = { list: { inCellDropDown: true, source: listSource(run.list, lists[run.list].length) } };
      writes.push({
        bytes: ruleBytes + jsonBytes(rule),
        queue: () =>
          setRule(
            sheet.getRangeByIndexes(origin.row + run.first, col, run.count, 1),
            rule,
            prompt,
            errorAlert,
          ),
      });
    }
    for (const request of splitByBytes(writes, (w) => w.bytes)) {
      for (const write of request) write.queue();
      // One request per group is the point of splitting: each stays under the 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return { sheetName: read.sheetName, rows: plan.rows.length, lists: lists.length };
  });
}
