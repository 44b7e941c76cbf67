// Public API of the rules engine: checking, fixing, the column catalogue and the messages.
export type {
  CheckOptions,
  CheckResult,
  CheckSummary,
  DateOrder,
  Finding,
  MessageParams,
  ServiceLists,
  Severity,
  Table,
} from "./types";
export { checkTable, isBlankRow, MAX_UPLOAD_RECORDS } from "./check";
export { recheckRows, startLiveCheck, type LiveCheck, type RowChange } from "./live/recheck";
export { applyFixes } from "./fixes";
export { planFixes, type FixFilter, type PlannedFix } from "./fixPlan";
export { uploadTable, type UploadTable } from "./save/uploadTable";
export {
  cellAddress,
  cellFinding,
  columnLetters,
  compareFindings,
  fileFinding,
  rowFinding,
  sheetRow,
} from "./findings";
export { analyseHeader, normaliseHeader, type HeaderAnalysis } from "./header";
export {
  ERRORS_COLUMN,
  errorsColumn,
  partnerCenterFindings,
  partnerCenterMessages,
  splitProcessedRows,
} from "./processed/processedFile";
export {
  accountMatchChoices,
  SUGGESTION_COLUMNS,
  type AccountMatchChoice,
  type AccountMatchPlan,
} from "./processed/accountMatch";
export {
  FINDINGS,
  FINDING_CODES,
  FINDING_SEVERITY,
  en,
  findingMessage,
  isFindingCode,
  renderMessage,
  type FindingCode,
  type FindingParams,
  type MessageCatalogue,
  type Surface,
} from "./messages";
export {
  COLUMNS,
  DEFAULT_SERVICE_LISTS,
  DECLINED_LOST_REASONS,
  ERROR_REASONS,
  HELP_CODES,
  REASON_CODE_LISTS,
  REASON_LIST_BY_SUBSTATUS,
  allowedValues,
  canonicalName,
  dropdownLists,
  templateHeader,
  type ColumnDescriptor,
  type DropdownList,
  type ResolvedColumn,
  type TemplateOptions,
  type ValueType,
} from "./catalogue";
