// Shared shape of the value-rule test tables: input, expected code (null = clean), expected fix.
import type { ValueRule } from "./issue";

export interface ValueCase {
  value: string;
  code: string | null;
  fix?: string;
  notes: string;
}

export function runValueCases(rule: ValueRule, cases: ValueCase[]): void {
  it.each(cases)("$value → $code: $notes", ({ value, code, fix }) => {
    const issue = rule(value);
    expect(issue?.code ?? null).toBe(code);
    if (fix !== undefined) expect(issue?.fix).toBe(fix);
    else if (issue) expect(issue.fix).toBeUndefined();
  });
}
