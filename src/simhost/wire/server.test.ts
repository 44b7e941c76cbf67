// The request executor behind Microsoft's Office.js client: batches built by the real client library
// reach the simulated workbook and come back in the real response format (values, method results,
// errors with code and statement), with sizes measured in UTF-8 bytes on the wire.
import { installRealClientHost, type RealClientHandle } from "./realClient";

let sim: RealClientHandle;
afterEach(() => sim.uninstall());

describe("the simulated workbook behind Microsoft's Office.js client", () => {
  it("loads a range's values, text and nested format through the real client's proxies", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    sim.setCell("Deals", "A1", "Contoso");
    sim.setCell("Deals", "B1", 42, "0.00");
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Deals").getRange("A1:B1");
      range.load("values, text, address, format/fill/color");
      await context.sync();
      return {
        values: range.values,
        text: range.text,
        address: range.address,
        fill: range.format.fill.color,
      };
    });
    expect(read).toEqual({
      values: [["Contoso", 42]],
      text: [["Contoso", "42.00"]],
      address: "Deals!A1:B1",
      fill: expect.any(String),
    });
    expect(sim.syncCount).toBe(1);
  });

  it("writes values, and a range kept across syncs (by reference) is written in a later batch", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Deals").getRange("A1:B2");
      range.load("rowCount");
      await context.sync();
      range.values = [
        ["a", 1],
        ["b", range.rowCount],
      ];
      await context.sync();
    });
    expect(sim.sheet("Deals").values("A1:B2")).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    // The client releases its references after Excel.run: a round trip of its own, not counted as a sync.
    expect(sim.syncCount).toBe(2);
    expect(sim.wire.requests.map((r) => r.cleanup)).toEqual([false, false, true]);
  });

  it("answers a method with a result (getCount) and an …OrNullObject that finds nothing", async () => {
    sim = installRealClientHost({ sheets: ["Deals", "Lists"] });
    const out = await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const found = context.workbook.worksheets.getItemOrNullObject("lists");
      found.load("name");
      await context.sync();
      return {
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only sync
        count: count.value,
        missing: missing.isNullObject,
        found: found.isNullObject,
        name: found.name,
      };
    });
    expect(out).toEqual({ count: 2, missing: true, found: false, name: "Lists" });
  });

  it("loads a collection's items (each item addressed as the client would) and deletes by id", async () => {
    sim = installRealClientHost({ sheets: ["Deals", "Lists", "Notes"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      await context.sync();
      sheets.items.filter((s) => s.name !== "Deals").forEach((s) => s.delete());
      await context.sync();
    });
    expect(sim.sheetNames()).toEqual(["Deals"]);
  });

  it("items loaded without an id are addressed by position (GetItemAt), resolved when the batch reaches them", async () => {
    sim = installRealClientHost({ sheets: ["A", "B", "C"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      // Meant: delete A and B. Sent: GetItemAt(0).delete(), GetItemAt(1).delete(); after the first
      // deletion, position 1 is C.
      sheets.items[0].delete();
      sheets.items[1].delete();
      await context.sync();
    });
    expect(sim.sheetNames()).toEqual(["B"]);
  });

  it("a write over 1,500 cells, which the client splits into row blocks, lands whole", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const rows = Array.from({ length: 2000 }, (_, r) => [`r${r}`, r]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Deals").getRange("A1:B2000").values = rows;
      await context.sync();
    });
    expect(sim.sheet("Deals").values("A1:B2000")).toEqual(rows);
    expect(sim.syncCount).toBe(1);
  });

  it("delivers worksheet events as Excel's host does: a RichApi message the client routes to its handlers", async () => {
    sim = installRealClientHost({ sheets: ["Deals", "Lists"] });
    const seen: string[] = [];
    const result = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(`${args.address} ${args.changeType}`);
      });
      await context.sync();
      return added;
    });
    sim.typeCell("Deals", "B2", "x");
    sim.paste("Lists", "A1", [["a", "b"]]);
    await sim.eventsDelivered();
    expect(seen).toEqual(["B2 RangeEdited", "A1:B1 RangeEdited"]);
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    sim.typeCell("Deals", "B3", "y");
    await sim.eventsDelivered();
    expect(seen).toHaveLength(2);
  });

  it("fails a batch the way Excel does: OfficeExtension.Error with the code and the failing statement", async () => {
    sim = installRealClientHost({ sheets: ["Deals"] });
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Deals").getRange("A1").values = [["kept"]];
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e,
    );
    expect(error?.code).toBe("ItemNotFound");
    expect(error?.name).toBe("RichApi.Error");
    expect(error?.debugInfo.statement).toContain("worksheets.getItem(");
    // Actions before the failing one were applied, as in Excel.
    expect(sim.sheet("Deals").values("A1")).toEqual([["kept"]]);
    expect(sim.lastRequest?.error).toBe("ItemNotFound");
  });

  it("counts real request bytes in UTF-8 and refuses a request over the limit, applying none of it", async () => {
    sim = installRealClientHost({ sheets: ["Deals"], payloadLimitBytes: 6000 });
    const text = "ä".repeat(900); // 1,800 bytes in UTF-8, 900 characters
    const write = (cells: number) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Deals").getRange(`A1:A${cells}`).values = Array.from(
          { length: cells },
          () => [text],
        );
        await context.sync();
      });
    await write(2);
    expect(sim.requests[0].requestBytes).toBeGreaterThan(3600);
    expect(sim.requests[0].requestBytes).toBeLessThan(6000);
    const error = await write(4).then(
      () => null,
      (e: OfficeExtension.Error) => e,
    );
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.sheet("Deals").values("A1:A4")).toEqual([[text], [text], [""], [""]]);
  });

  it("refuses a response over the limit (the batch's writes are already done)", async () => {
    sim = installRealClientHost({ sheets: ["Deals"], payloadLimitBytes: 3000 });
    for (let r = 1; r <= 40; r++) sim.setCell("Deals", `A${r}`, "x".repeat(100));
    const error = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Deals").getRange("A1:A40");
      range.load("values");
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e,
    );
    expect(error?.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(sim.lastRequest?.responseBytes).toBeGreaterThan(3000);
  });

  it("at ExcelApi 1.9 the client itself refuses a newer member (ApiNotFound); at 1.20 it works", async () => {
    const merged = () =>
      Excel.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem("Deals")
          .getRange("A1:B2")
          .getMergedAreasOrNullObject();
        areas.load("address");
        await context.sync();
        return areas.isNullObject;
      });
    sim = installRealClientHost({ sheets: ["Deals"], excelApiVersion: "1.9" });
    await expect(merged()).rejects.toMatchObject({ code: "ApiNotFound" });
    sim.uninstall();
    sim = installRealClientHost({ sheets: ["Deals"], excelApiVersion: "1.20" });
    await expect(merged()).resolves.toBe(true);
  });
});
