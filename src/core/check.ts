import { checkRecordCells, isCreateRow, planCheck } from "./checkPlan";
import { isBlankRow, MAX_UPLOAD_RECORDS } from "./csv/split";
import { partnerCenterFindings } from "./processed/processedFile";
import { A1, compareFindings, fileFinding } from "./findings";
import { checkHeaderRows } from "./header/placeHeader";
import { checkDates, type DateColumnInput } from "./rules/dates";
import type { RowView } from "./rules/row";
import { duplicateTracker } from "./rules/row/duplicates";
import type { CheckOptions, CheckResult, Finding, Table } from "./types";

export { isBlankRow, MAX_UPLOAD_RECORDS };

function columnsWithData(rows: readonly string[][]): boolean[] {
  const withData: boolean[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    for (let col = 0; col < cells.length; col++)
      if (!withData[col] && cells[col].trim() !== "") withData[col] = true;
  }
  return withData;
}

function emptyResult(findings: Finding[], records = 0): CheckResult {
  return { records, createRows: 0, updateRows: 0, summary: summarise(findings), findings };
}

/** Records below a table row, for a file whose header row is not where it must be. */
function recordsBelow(rows: readonly string[][], tableRow: number): number {
  let records = 0;
  for (let r = tableRow + 1; r < rows.length; r++) if (!isBlankRow(rows[r])) records++;
  return records;
}

export function summarise(findings: readonly Finding[]): CheckResult["summary"] {
  const summary = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/** Checks a whole table (header in rows[0]) against RULES.md and returns every finding, sorted. */
export function checkTable(table: Table, options: CheckOptions = {}): CheckResult {
  const origin = options.origin ?? A1;
  const rows = table.rows;
  const header = rows[0] ?? [];
  // Asked only for blank headers; one pass answers every column (a per-column scan is columns × rows).
  let withData: boolean[] | null = null;
  const columnHasData = (col: number) => (withData ??= columnsWithData(rows))[col] === true;
  const verdict = checkHeaderRows(rows, { origin, columnHasData });
  if (!verdict.ok)
    return emptyResult(
      [verdict.finding],
      verdict.headerRow === null ? 0 : recordsBelow(rows, verdict.headerRow),
    );
  const analysis = verdict.analysis;
  const findings: Finding[] = [...analysis.findings];
  const plan = planCheck(header, analysis, options);
  const dateColumns: DateColumnInput[] = plan.dateColumns.map((d) => ({ ...d, tableRows: [], raws: [] }));
  const duplicates = duplicateTracker(plan.env);
  let records = 0;
  let createRows = 0;

  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (isBlankRow(cells)) continue;
    records++;
    const isCreate = isCreateRow(plan, cells);
    if (isCreate) createRows++;
    const view: RowView = { tableRow: r, cells, isCreate };
    checkRecordCells(plan, view, findings);
    duplicates(view, findings);
    for (const rule of plan.after) rule(view, findings);
    for (const dates of dateColumns) {
      dates.tableRows.push(r);
      dates.raws.push(cells[dates.col] ?? "");
    }
  }

  for (const dates of dateColumns) checkDates(dates, plan.dates, origin, findings);
  for (const finding of partnerCenterFindings(table, origin)) findings.push(finding);

  findings.push(...recordCountFindings(records));
  findings.sort(compareFindings);
  return { records, createRows, updateRows: records - createRows, summary: summarise(findings), findings };
}

/** Too many records for one upload, or none at all: file-level findings. */
export function recordCountFindings(records: number): Finding[] {
  if (records > MAX_UPLOAD_RECORDS) {
    return [
      fileFinding({
        code: "too-many-records",
        params: { count: records, max: MAX_UPLOAD_RECORDS, files: Math.ceil(records / MAX_UPLOAD_RECORDS) },
      }),
    ];
  }
  return records === 0 ? [fileFinding({ code: "no-records" })] : [];
}
