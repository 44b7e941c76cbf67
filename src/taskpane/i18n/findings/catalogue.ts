// The shape of a translated finding catalogue: one template per engine code, typed so that a
// code the engine adds is a compile error until every language has it.
import type { FindingCode } from "../../../core/messages";

export type FindingCatalogue = Record<FindingCode, string>;
