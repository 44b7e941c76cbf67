export {
  EN_TITLES,
  FINDINGS,
  FINDING_CODES,
  FINDING_SEVERITY,
  en,
  isFindingCode,
  type FindingCode,
  type FindingParams,
} from "./registry";
export { renderMessage, type MessageCatalogue } from "./render";
export type { FindingRecord, ParamType } from "./spec";
