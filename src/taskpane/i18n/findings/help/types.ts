// One language's help texts: a plain explanation for every finding code (a missing code is a
// compile error) and the label of every numbered code Partner Center defines (reasons, help).
import type { LabelListId } from "../../../../core/catalogue";
import type { FindingCode } from "../../../../core/messages";

export interface HelpTranslation {
  readonly help: Readonly<Record<FindingCode, string>>;
  /** Code number → label, per list; a test checks every code of the catalogue's lists is here. */
  readonly labels: Readonly<Record<LabelListId, Readonly<Record<string, string>>>>;
}
