// The shape of one column in the co-sell template. The catalogue (columns.ts) is data; the
// rules read it to decide which validator and which requirement each sheet column gets.

/** When a cell must be filled. "conditional" columns are required by a row rule. */
export type Requirement = "yes" | "create-rows" | "update-rows" | "conditional" | "no";

/**
 * When Partner Center stops accepting edits to a column:
 * always; after the referral is created; once shared (non-empty); once set to Yes; once a number is entered.
 */
export type ReadOnlyClass = "always" | "after-create" | "once-shared" | "once-yes" | "once-number";

export type ServiceListKind = "partner-role" | "solution-area" | "solution-play";
export type CodeListKind = "reason" | "help";

export type ValueType =
  | { kind: "text"; multiline?: boolean }
  | { kind: "yes-no" }
  | { kind: "enum"; values: readonly string[]; retired?: readonly string[] }
  | { kind: "country" }
  | { kind: "currency" }
  | { kind: "money" }
  | { kind: "date" }
  | { kind: "code"; list: CodeListKind }
  | { kind: "duns" }
  | { kind: "email" }
  | { kind: "phone" }
  | { kind: "digits" }
  | { kind: "domain" }
  | { kind: "sales-stage" }
  | { kind: "final-account-match" }
  | { kind: "solution" }
  | { kind: "team-member" }
  | { kind: "service"; list: ServiceListKind };

/**
 * Why a "conditional" column is required: another column holding one of some values (help
 * required = Yes → contact fields and help code; substatus Declined/Lost/Error → reason code), or
 * membership of a group whose columns go together (the services trio).
 */
export type RequiredWhen =
  | { column: string; equals: readonly string[]; together?: undefined }
  | { together: "services"; column?: undefined };

export interface ColumnDescriptor {
  /** Template spelling. For repeating columns the prefix without N ("Solution"). */
  name: string;
  /** Other spellings Partner Center has used; matched like the name (case/whitespace-insensitive). */
  aliases: readonly string[];
  /** Repeating column: headers are `${name} N`, N = 1..max; only N = 1 carries `required`. */
  repeat?: { max: number };
  required: Requirement;
  /** Set exactly when `required` is "conditional". */
  requiredWhen?: RequiredWhen;
  readOnly: ReadOnlyClass | null;
  /**
   * Written by Partner Center's account matching (Matched category, Confidence, the six
   * suggestions): never validated (RULES.md revision 7). Final account match is not: users edit it.
   */
  autoPopulated?: true;
  type: ValueType;
  description: string;
  example: string;
}

/** A sheet column resolved against the catalogue: the descriptor plus N for repeating columns. */
export interface ResolvedColumn {
  descriptor: ColumnDescriptor;
  n: number | null;
  /** Canonical name as findings report it ("Solution 3", "Customer Country"). */
  canonical: string;
}
