import { columnGroup } from "../../catalogue/columns";
import type { Finding } from "../../types";
import { findingAt, requireValue, valueAt, type RowEnv, type RowView } from "./env";

// The group declared on the descriptors (requiredWhen: together "services"), in template order.
const TRIO = columnGroup("services").map((c) => c.name);

/** Services co-sell: Partner role, Solution area and Solution play all or none; a play must fit its area. */
export function servicesTrio(env: RowEnv, row: RowView, out: Finding[]): void {
  const values = TRIO.map((name) => valueAt(row, env.indexOf.get(name)));
  if (values.every((v) => v === "")) return;
  TRIO.forEach((name, i) => {
    if (values[i] === "") requireValue(env, row, name, { code: "required-missing-services" }, out);
  });
  const [, area, play] = values;
  if (area === "" || play === "") return;
  const areas = env.lists.solutionAreas;
  const chosen = Object.keys(areas).find((a) => a.toLowerCase() === area.toLowerCase());
  if (chosen === undefined) return;
  const lowerPlay = play.toLowerCase();
  if (areas[chosen].some((p) => p.toLowerCase() === lowerPlay)) return;
  const owner = Object.keys(areas).find((a) => areas[a].some((p) => p.toLowerCase() === lowerPlay));
  if (owner !== undefined) {
    out.push(
      findingAt(env, row, env.indexOf.get("Solution play") as number, "solution-play-wrong-area", {
        area: owner,
        chosen,
      }),
    );
  }
}
