// The shape of one language's finding texts, keyed to the engine's registry: every code needs a
// title and a message (a code missing here is a compile error), a code whose record has an action
// needs the pane's action too, and a text may use only the {placeholders} its code's record
// declares (else the compiler names the undeclared parameter).
import type { CheckTemplate, FindingCode, FINDINGS, SurfaceText } from "../../../core/messages";

export interface FindingText {
  /** Short rule title for "Counts per rule" (about 40 characters, no final period). */
  readonly title: string;
  /** The message template, filled from the finding's params. */
  readonly message: string;
  /** What to do in the pane (its settings by their labels), shown after the message. */
  readonly action?: string;
}

/** Codes whose remedy is a setting: the pane says which, in its own words. */
type ActionCode = {
  [C in FindingCode]: (typeof FINDINGS)[C] extends { action: SurfaceText } ? C : never;
}[FindingCode];

export type FindingTranslation = Readonly<
  { [C in ActionCode]: FindingText & { readonly action: string } } & {
    [C in Exclude<FindingCode, ActionCode>]: FindingText;
  }
>;

type CheckTranslation<T> = {
  [C in FindingCode]: C extends keyof T
    ? (T[C] extends { message: infer M } ? CheckTemplate<M, (typeof FINDINGS)[C]["params"]> : unknown) &
        (T[C] extends { action: infer A } ? CheckTemplate<A, (typeof FINDINGS)[C]["params"]> : unknown)
    : unknown;
};

export function defineTranslation<const T extends FindingTranslation>(
  table: T & CheckTranslation<T>,
): FindingTranslation {
  return table;
}
