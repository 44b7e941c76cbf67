import type { ServiceListKind } from "../../catalogue/descriptor";
import type { ServiceLists } from "../../types";
import type { ValueRule } from "./issue";

export function serviceValues(kind: ServiceListKind, lists: ServiceLists): string[] {
  if (kind === "partner-role") return lists.partnerRoles;
  if (kind === "solution-area") return Object.keys(lists.solutionAreas);
  return Object.values(lists.solutionAreas).flat();
}

/** Editable lists: off-list values only warn; an empty list checks nothing. */
export function serviceRule(kind: ServiceListKind, lists: ServiceLists): ValueRule | null {
  const values = serviceValues(kind, lists);
  if (values.length === 0) return null;
  const exact = new Set(values);
  const byLower = new Map(values.map((v) => [v.toLowerCase(), v]));
  return (value) => {
    if (exact.has(value)) return null;
    const canonical = byLower.get(value.toLowerCase());
    return canonical ? { code: "not-canonical", fix: canonical } : { code: "service-value-unlisted" };
  };
}
