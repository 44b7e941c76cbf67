import { isEmail } from "./email";
import type { ValueIssue } from "./issue";

// Four non-empty parts in one regex test (linear: adjacent classes are disjoint, and the last part
// has no `\s*` before it, which could trade spaces with `[^,]*` and backtrack quadratically); the
// email part is captured for the email check. Values arrive trimmed: no trailing space.
const WELL_FORMED = /^\s*[^,\s][^,]*,\s*[^,\s][^,]*,\s*[^,\s][^,]*,([^,]*)$/;

/** "First name, Last name, Mobile number, Email": four non-empty parts and a valid email. */
export function checkTeamMember(value: string): ValueIssue | null {
  const quick = WELL_FORMED.exec(value);
  if (quick && isEmail(quick[1].trimStart())) return null;
  // At most five parts: a fifth already makes it incomplete (a 1 MB cell of commas is not split).
  const parts = value.split(",", 5).map((p) => p.trim());
  if (parts.length !== 4 || parts.some((p) => p === "")) return { code: "team-member-incomplete" };
  return isEmail(parts[3]) ? null : { code: "team-member-email-invalid", params: { part: parts[3] } };
}
