// The shape of a finding record and the compile-time checks on its message: a template may use
// only the {placeholders} its code declares as parameters, in English and in every translation.
import type { Severity } from "../types";

/** A parameter's type; a trailing "?" makes it optional (data for JSON output, never in a message). */
export type ParamType = "text" | "number" | "text?" | "number?";
export type ParamDecl = Readonly<Record<string, ParamType>>;

export interface FindingRecord {
  /** The usual severity; a rule may override it (date verdicts, Final account match notices). */
  readonly severity: Severity;
  readonly params: ParamDecl;
  /** What the rule means, in a sales-ops person's words (sentence case, ~40 characters, no period). */
  readonly title: string;
  /** One English sentence; {name} is filled from the finding's params. */
  readonly message: string;
  /**
   * What to do, when that depends on where the user is: the pane's setting in its own words, the
   * CLI's option. The renderer appends the surface's sentence to the message; one record per code.
   */
  readonly action?: SurfaceText;
}

/** Where a message is shown: the task pane or the command line. */
export type Surface = "pane" | "cli";
export type SurfaceText = Readonly<Record<Surface, string>>;

/** The parameters every cell finding carries: the column, the raw value, and its fix when it has one. */
export const CELL = { column: "text", value: "text", fix: "text?" } as const;
/** Cell findings whose message shows the fix: the fix is then always there. */
export const CELL_FIX = { column: "text", value: "text", fix: "text" } as const;

/** The {names} a template uses, as a union of string literal types. */
export type Placeholders<M extends string> = M extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type RequiredNames<P> = { [K in keyof P]: P[K] extends "text" | "number" ? K : never }[keyof P] & string;
type OptionalNames<P> = Exclude<keyof P & string, RequiredNames<P>>;
type ValueOf<T> = T extends "number" | "number?" ? number : string;

/** The params object a code's rule passes: required names required, optional ones optional. */
export type ParamsFor<P> = { [K in RequiredNames<P>]: ValueOf<P[K]> } & {
  [K in OptionalNames<P>]?: ValueOf<P[K]>;
};

/**
 * `unknown` when template M uses only the required params of P; otherwise an object type whose
 * missing property names the culprit, so the compiler error says which {placeholder} is wrong.
 */
export type CheckTemplate<M, P> = M extends string
  ? [Exclude<Placeholders<M>, RequiredNames<P>>] extends [never]
    ? unknown
    : { undeclaredParameter: Exclude<Placeholders<M>, RequiredNames<P>> }
  : unknown;

type CheckRecords<T> = {
  [C in keyof T]: T[C] extends { params: infer P; message: infer M }
    ? CheckTemplate<M, P> & CheckAction<T[C], P>
    : unknown;
};

/** An action's sentences obey the same rule as the message: only the code's required params. */
type CheckAction<R, P> = R extends { action: { pane: infer A; cli: infer B } }
  ? CheckTemplate<A, P> & CheckTemplate<B, P>
  : unknown;

/** Declares finding records, keeping their literal types so that messages are checked against params. */
export function defineFindings<const T extends Readonly<Record<string, FindingRecord>>>(
  records: T & CheckRecords<T>,
): T {
  return records;
}
