export { FINDING_CODES, FINDING_SEVERITY, type FindingCode } from "./codes";
export { en } from "./en";
export { renderMessage, type MessageCatalogue } from "./render";
