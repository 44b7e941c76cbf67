import { DEFAULT_SERVICE_LISTS } from "./catalogue/serviceLists";
import { isBlankRow, MAX_UPLOAD_RECORDS } from "./csv/split";
import { partnerCenterFindings } from "./processed/processedFile";
import { A1, compareFindings, fileFinding } from "./findings";
import { checkHeaderRows } from "./header/placeHeader";
import { checkCell, type CellPlan } from "./rules/cell/checkCell";
import { checkDates, type DateColumnInput } from "./rules/dates";
import { rowRules, type RowEnv, type RowView } from "./rules/row";
import { valueRuleFor } from "./rules/values";
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

function summarise(findings: readonly Finding[]): CheckResult["summary"] {
  const summary = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/** Checks a whole table (header in rows[0]) against RULES.md and returns every finding, sorted. */
export function checkTable(table: Table, options: CheckOptions = {}): CheckResult {
  const origin = options.origin ?? A1;
  const lists = options.lists ?? DEFAULT_SERVICE_LISTS;
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

  // One plan per sheet column, built once: the per-cell loop only looks things up.
  // Auto-populated columns are Partner Center's own output: no cell checks at all.
  const plans: (CellPlan | null)[] = analysis.columns.map((c) =>
    c && !c.descriptor.autoPopulated
      ? {
          column: c.canonical,
          rule: valueRuleFor(c.descriptor.type, lists),
          multiline: c.descriptor.type.kind === "text" && c.descriptor.type.multiline === true,
          deferWhitespace: c.descriptor.type.kind === "date",
        }
      : null,
  );
  const dateColumns: DateColumnInput[] = [];
  analysis.columns.forEach((c, col) => {
    if (c?.descriptor.type.kind === "date")
      dateColumns.push({ column: c.canonical, col, tableRows: [], raws: [] });
  });

  const env: RowEnv = {
    origin,
    lists,
    columns: analysis.columns,
    indexOf: analysis.indexOf,
    headerLength: header.length,
  };
  const rules = rowRules(env, options.original);
  const referralCol = analysis.indexOf.get("Referral ID");
  let records = 0;
  let createRows = 0;

  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (isBlankRow(cells)) continue;
    records++;
    const width = Math.min(cells.length, header.length);
    for (let col = 0; col < width; col++) {
      const plan = plans[col];
      const raw = cells[col];
      if (plan && raw.length > 0) checkCell(raw, r, col, plan, origin, findings);
    }
    for (const dates of dateColumns) {
      dates.tableRows.push(r);
      dates.raws.push(cells[dates.col] ?? "");
    }
    const isCreate = referralCol === undefined || (cells[referralCol] ?? "").trim() === "";
    if (isCreate) createRows++;
    const view: RowView = { tableRow: r, cells, isCreate };
    for (const rule of rules) rule(view, findings);
  }

  const settings = {
    dateOrder: options.dateOrder ?? "auto",
    dateOrderHint: options.dateOrderHint,
    dateSystem: options.dateSystem ?? 1900,
  };
  for (const dates of dateColumns) checkDates(dates, settings, origin, findings);
  for (const finding of partnerCenterFindings(table, origin)) findings.push(finding);

  if (records > MAX_UPLOAD_RECORDS) {
    findings.push(
      fileFinding("too-many-records", {
        count: records,
        max: MAX_UPLOAD_RECORDS,
        files: Math.ceil(records / MAX_UPLOAD_RECORDS),
      }),
    );
  } else if (records === 0) {
    findings.push(fileFinding("no-records"));
  }

  findings.sort(compareFindings);
  return { records, createRows, updateRows: records - createRows, summary: summarise(findings), findings };
}
