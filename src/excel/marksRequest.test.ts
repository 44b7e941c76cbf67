/**
 * @jest-environment node
 */
// What the marks batch puts on the wire, serialised by Microsoft's own Office.js client (not the
// simulated host): rules are added without priority or stopIfTrue writes, and old marks are
// deleted through the collection's indexer by id, never GetItemAt(index), whose target shifts as rules are deleted.
import type { Finding } from "../core/types";
import { addMarks, deleteMarks } from "./highlight";
import { realClient } from "../simhost/wire/realClient";

interface Body {
  Actions: { ActionType: number; Name: string; ObjectPathId: number }[];
  ObjectPaths: Record<
    string,
    { ObjectPathType: number; Name: string; ArgumentInfo?: { Arguments: unknown[] } }
  >;
}

/** One batch through the real client; returns the request body it would send to Excel. */
async function serialise(queue: (context: Excel.RequestContext) => void): Promise<Body> {
  const RealExcel = realClient().Excel;
  const globals = globalThis as { Excel?: typeof Excel };
  const saved = globals.Excel;
  globals.Excel = RealExcel; // the Excel layer reads enums from the global
  try {
    const context = new RealExcel.RequestContext();
    const bodies: Body[] = [];
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync: (_data: unknown, _flags: unknown, message: { Body: Body }) => {
        bodies.push(message.Body);
        return Promise.resolve({ HttpStatusCode: 200, Body: { Results: [] }, Headers: {} });
      },
    };
    queue(context);
    await context.sync();
    expect(bodies).toHaveLength(1);
    return bodies[0];
  } finally {
    globals.Excel = saved;
  }
}

describe("the marks batch on the wire (Microsoft's Office.js client)", () => {
  it("adds rules without priority or stopIfTrue writes (a new rule is already on top)", async () => {
    const findings = ["C2", "C3", "D9"].map((cell, i) => ({
      severity: (["error", "warning", "notice"] as const)[i],
      cell,
    })) as Finding[];
    const body = await serialise((context) => {
      addMarks(context.workbook.worksheets.getItem("Deals"), findings);
    });
    const names = body.Actions.map((a) => a.Name);
    expect(Object.values(body.ObjectPaths).filter((p) => p.Name === "Add")).toHaveLength(3);
    expect(names.filter((n) => n === "Formula")).toHaveLength(3);
    expect(names).not.toContain("Priority");
    expect(names).not.toContain("StopIfTrue");
  });

  it("deletes old marks by id, never by index", async () => {
    const body = await serialise((context) => {
      const formats = context.workbook.worksheets.getItem("Deals").getRange().conditionalFormats;
      deleteMarks(formats, ["{cf-7}", "{cf-9}"]);
    });
    const deleted = body.Actions.filter((a) => a.Name === "Delete").map(
      (a) => body.ObjectPaths[a.ObjectPathId],
    );
    // ObjectPathType 5 is the collection's indexer: the item named by its id.
    expect(deleted.map((p) => [p.ObjectPathType, p.ArgumentInfo?.Arguments])).toEqual([
      [5, ["{cf-7}"]],
      [5, ["{cf-9}"]],
    ]);
    expect(Object.values(body.ObjectPaths).map((p) => p.Name)).not.toContain("GetItemAt");
  });
});
