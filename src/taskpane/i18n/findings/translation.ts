// The shape of one language's finding texts, keyed to the engine's registry: every code needs a
// title and a message (a code missing here is a compile error), and a message may use only the
// {placeholders} its code's record declares (else the compiler names the undeclared parameter).
import type { CheckTemplate, FindingCode, FINDINGS } from "../../../core/messages";

export interface FindingText {
  /** Short rule title for "Counts per rule" (about 40 characters, no final period). */
  readonly title: string;
  /** The message template, filled from the finding's params. */
  readonly message: string;
}

export type FindingTranslation = Readonly<Record<FindingCode, FindingText>>;

type CheckTranslation<T> = {
  [C in FindingCode]: C extends keyof T
    ? T[C] extends { message: infer M }
      ? CheckTemplate<M, (typeof FINDINGS)[C]["params"]>
      : unknown
    : unknown;
};

export function defineTranslation<const T extends FindingTranslation>(
  table: T & CheckTranslation<T>,
): FindingTranslation {
  return table;
}
