import { isEmail } from "./email";
import type { ValueIssue } from "./issue";

/** "First name, Last name, Mobile number, Email": four non-empty parts and a valid email. */
export function checkTeamMember(value: string): ValueIssue | null {
  const parts = value.split(",").map((p) => p.trim());
  if (parts.length !== 4 || parts.some((p) => p === "")) return { code: "team-member-incomplete" };
  return isEmail(parts[3]) ? null : { code: "team-member-email-invalid", params: { part: parts[3] } };
}
