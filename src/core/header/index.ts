export { analyseHeader, type HeaderAnalysis, type HeaderOptions } from "./analyseHeader";
export { normaliseHeader } from "./normalise";
export { findColumn, matchHeader, resolveHeader, resolveHeaderRow, type HeaderMatch } from "./resolve";
export { HEADER_SEARCH_ROWS } from "./headerRow";
export { checkHeaderRows, type HeaderVerdict } from "./placeHeader";
