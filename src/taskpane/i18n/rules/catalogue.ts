// The shape of a rule-title table: one short plain-word title per engine code, typed so that a
// code the engine adds (or drops) is a compile error until every language follows.
import type { FindingCode } from "../../../core/messages";

export type RuleTitles = Record<FindingCode, string>;
