// What a rule may say about a code, typed from its registry record: a finding with a parameter the
// code does not declare, without one it requires, or without the fix its message shows, does not
// compile. Cell codes declare {value}; the others are about a file, a row or a missing column.
import type { Severity } from "../types";
import { FINDINGS, type FindingCode, type FindingParams } from "./registry";

type Declared<C extends FindingCode> = (typeof FINDINGS)[C]["params"];

/** Codes about one cell (they declare column and value). */
export type CellCode = { [C in FindingCode]: "value" extends keyof Declared<C> ? C : never }[FindingCode];
/** Codes about a file, or a row or column as a whole. */
export type OtherCode = Exclude<FindingCode, CellCode>;

/** Codes about a column as a whole (the header lacks it); they name the column. */
export type ColumnCode = { [C in OtherCode]: "column" extends keyof Declared<C> ? C : never }[OtherCode];

/** Cell codes whose message does not show a fix (a row rule's findings carry none). */
export type PlainCellCode = { [C in CellCode]: Declared<C> extends { fix: "text" } ? never : C }[CellCode];

/** A rule's own params for a cell code: column, value and fix come from the cell itself. */
type OwnParams<C extends FindingCode> = Omit<FindingParams<C>, "column" | "value" | "fix">;

/** `params` required when the code has required params, optional otherwise, refused when it has none. */
type ParamsField<P> = [keyof P] extends [never]
  ? { params?: Record<string, never> }
  : Record<string, never> extends P
    ? { params?: P }
    : { params: P };

/** A code whose message shows {fix} needs a fix; others may carry one. */
type FixField<C extends FindingCode> =
  Declared<C> extends { fix: "text" } ? { fix: string } : { fix?: string | null };

/** What a rule says about one cell: the code, its own params, the fix, a severity other than usual. */
export type CellIssue<C extends CellCode = CellCode> = C extends CellCode
  ? { code: C; severity?: Severity } & ParamsField<OwnParams<C>> & FixField<C>
  : never;

/** What the reader or the engine says about the whole file. */
export type FileIssue<C extends OtherCode = OtherCode> = C extends OtherCode
  ? { code: C; severity?: Severity } & ParamsField<FindingParams<C>>
  : never;

/** The rest of a call after the code: the code's own params, if it has any (optional when none is required). */
export type ParamsArgs<C extends CellCode> = C extends CellCode
  ? [keyof OwnParams<C>] extends [never]
    ? [params?: Record<string, never>]
    : Record<string, never> extends OwnParams<C>
      ? [params?: OwnParams<C>]
      : [params: OwnParams<C>]
  : never;
