export {
  actionOf,
  EN_TITLES,
  FINDINGS,
  FINDING_CODES,
  FINDING_SEVERITY,
  en,
  isFindingCode,
  type FindingCode,
  type FindingParams,
} from "./registry";
export { fillTemplate, findingMessage, renderMessage, type MessageCatalogue } from "./render";
export type { CheckTemplate, FindingRecord, ParamType, Surface, SurfaceText } from "./spec";
export type {
  CellCode,
  CellIssue,
  ColumnCode,
  PlainCellCode,
  FileIssue,
  OtherCode,
  ParamsArgs,
} from "./issues";
