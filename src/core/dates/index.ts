// Date normalisation for Partner Center's M/D/YYYY (RULES.md "Dates").
export {
  checkDateColumn,
  dependsOnEvidence,
  evidenceOf,
  parseDate,
  resolveDateColumn,
  resolveReading,
} from "./column";
export type { ColumnEvidence, DateColumnOptions, DateVerdict, ResolvedDate } from "./column";
export { readDateText } from "./read";
export type { DateReading, DateWhy, InvalidWhy, NumericSeparator } from "./read";
export { dateToSerial, serialToDate, FAKE_LEAP_DAY_SERIAL } from "./serial";
export type { DateSystem } from "./serial";
export { formatMDY, isRealDate, daysInMonth, isLeapYear, MIN_YEAR, MAX_YEAR } from "./calendar";
export type { CivilDate } from "./calendar";
