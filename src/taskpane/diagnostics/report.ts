// The text of "Copy diagnostics": what a support person needs to reproduce a problem, in English
// (whoever reads it may not read the user's language), without any cell of the user's data.
import type { ErrorDetails } from "../errorLog";
import type { CheckOutcome, HostFacts, SelfTestStep } from "../ports";
import type { SaveMethod } from "./saveMethod";

export interface DiagnosticsInput {
  addinVersion: string;
  /** When the report was made, ISO 8601. */
  time: string;
  facts: HostFacts | null;
  /** Why the host facts could not be read, when they could not. */
  factsError?: string;
  paneLanguage: string;
  userAgent: string;
  lastCheck: CheckOutcome | null;
  lastSave: SaveMethod | null;
  lastError: ErrorDetails | null;
  selfTest: SelfTestStep[] | null;
}

/** "1.1–1.12" for the supported prefix; gaps (a set missing below a supported one) listed apart. */
function requirementSummary(sets: HostFacts["requirementSets"]): string {
  const supported = sets.filter((s) => s.supported).map((s) => s.version);
  if (supported.length === 0) return "none of 1.1-1.20";
  const highest = supported[supported.length - 1];
  const missingBelow = sets
    .slice(
      0,
      sets.findIndex((s) => s.version === highest),
    )
    .filter((s) => !s.supported)
    .map((s) => s.version);
  return `1.1-${highest}` + (missingBelow.length ? ` except ${missingBelow.join(", ")}` : "");
}

function cultureLine(culture: HostFacts["culture"]): string {
  if (!culture) return "unknown (needs ExcelApi 1.11)";
  const date = culture.shortDatePattern ?? "unknown (needs ExcelApi 1.12)";
  return `${culture.name}, decimal "${culture.decimalSeparator}", thousands "${culture.thousandsSeparator}", short date ${date}`;
}

function checkLine(check: CheckOutcome | null): string {
  if (!check) return "none in this session";
  const { summary, records } = check.result;
  const highlights = check.highlightsFailed ? ", highlights not updated" : "";
  return `${records} records, ${summary.error} errors, ${summary.warning} warnings, ${summary.notice} notices; date system ${check.sheet.dateSystem}${highlights}`;
}

function errorLines(error: ErrorDetails | null): string[] {
  if (!error) return ["Last error: none in this session"];
  const lines = [`Last error: ${error.code || "no code"} in ${error.where}: ${error.message}`];
  if (error.location) lines.push(`  location: ${error.location}`);
  if (error.statement) lines.push(`  statement: ${error.statement.slice(0, 300)}`);
  return lines;
}

function selfTestLines(steps: SelfTestStep[] | null): string[] {
  if (!steps) return ["Self-test: not run"];
  return ["Self-test:", ...steps.map((s) => `  ${s.step}: ${s.outcome}${s.detail ? ` (${s.detail})` : ""}`)];
}

export function diagnosticsReport(input: DiagnosticsInput): string {
  const { facts } = input;
  const lines = [
    "Co-sell Upload Checker diagnostics (nothing was sent anywhere; paste this into your support request)",
    `Add-in version: ${input.addinVersion}`,
    `Time: ${input.time}`,
    facts
      ? `Host: ${facts.host} on ${facts.platform}, version ${facts.version}`
      : `Host: unknown (${input.factsError ?? "not read"})`,
    `Display language: ${facts?.displayLanguage ?? "unknown"}; pane language: ${input.paneLanguage}`,
    `ExcelApi requirement sets: ${facts ? requirementSummary(facts.requirementSets) : "unknown"}`,
    `Workbook culture: ${facts ? cultureLine(facts.culture) : "unknown"}`,
    `Last check: ${checkLine(input.lastCheck)}`,
    `Last save: ${input.lastSave ?? "none in this session"}`,
    ...errorLines(input.lastError),
    ...selfTestLines(input.selfTest),
    `Browser: ${input.userAgent}`,
  ];
  return lines.join("\n") + "\n";
}
