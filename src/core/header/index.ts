export { analyseHeader, type HeaderAnalysis, type HeaderOptions } from "./analyseHeader";
export { normaliseHeader } from "./normalise";
