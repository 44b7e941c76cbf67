// Office.js proxy semantics: queued writes, load-then-sync reads, sync counting, null objects.
import { installSimulatedHost, OfficeExtensionError, type SimHandle } from "./index";
import { runError } from "./testSupport";
import { ACTION_BYTES, LOAD_ACTION_BYTES, OBJECT_PATH_BYTES } from "./wireSize";

let sim: SimHandle;
beforeEach(() => {
  sim = installSimulatedHost({ sheets: ["Sheet1", "Data"] });
});
afterEach(() => sim.uninstall());

describe("load before read", () => {
  const cases = [
    { notes: "never loaded", load: undefined, sync: false },
    { notes: "loaded but not synced", load: "values", sync: false },
    { notes: "a different property loaded and synced", load: "address", sync: true },
  ];
  test.each(cases)("reading values throws PropertyNotLoaded: $notes", async ({ load, sync }) => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      // eslint-disable-next-line office-addins/no-empty-load -- the argument comes from the case table
      if (load) range.load(load);
      if (sync) await context.sync();
      let caught: unknown;
      try {
        // eslint-disable-next-line office-addins/load-object-before-read -- reading unloaded is the case under test
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(OfficeExtensionError);
      expect((caught as OfficeExtension.Error).code).toBe("PropertyNotLoaded");
      expect((caught as Error).message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    });
  });

  test("load accepts a string list, an array and {select}", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2").load("address, rowIndex");
      const b = sheet.getRange("C3").load(["columnIndex"]);
      const c = sheet.getRange("D4").load({ select: "rowCount,columnCount" });
      const d = sheet.getRange("E5:F6").load("format/fill/color");
      await context.sync();
      expect([a.address, a.rowIndex, b.columnIndex, c.rowCount, c.columnCount]).toEqual([
        "Sheet1!B2",
        1,
        2,
        1,
        1,
      ]);
      expect(d.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("a property set locally is readable before sync (as in Office.js) but the workbook is unchanged", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["00123"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- Office.js returns the locally set value
      expect(range.values).toEqual([["00123"]]);
      expect(sim.sheet("Sheet1").cell("A1").value).toBe("");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[123]]);
      expect(sim.sheet("Sheet1").cell("A1").value).toBe(123);
    });
  });
});

describe("writes are queued until sync", () => {
  test("operations apply in order at sync, not before", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["1/30/2020", "00123"]];
      range.format.fill.color = "#FFFF00";
      expect(sim.sheet("Sheet1").cell("A1")).toMatchObject({
        value: "",
        numberFormat: "General",
        fill: null,
      });
      await context.sync();
      expect(sim.sheet("Sheet1").cell("A1")).toMatchObject({
        value: "1/30/2020",
        numberFormat: "@",
        fill: "#FFFF00",
      });
      expect(sim.sheet("Sheet1").cell("B1").value).toBe("00123");
    });
  });

  test("Excel.run syncs what is still queued when the batch ends", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C3").values = [["x"]];
    });
    expect(sim.sheet("Data").cell("C3").value).toBe("x");
    expect(sim.syncCount).toBe(1);
  });

  test("a batch that throws leaves its queued writes unsent", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("C3").values = [["x"]];
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(sim.sheet("Data").cell("C3").value).toBe("");
  });

  test("a failing operation stops the batch: earlier writes stay, later ones and all loads are dropped", async () => {
    const error = await runError(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      const loaded = sheet.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["after"]];
      await context.sync();
      return loaded;
    });
    expect(error.code).toBe("ItemNotFound");
    expect(error.name).toBe("RichApi.Error");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(sim.sheet("Sheet1").values("A1:A2")).toEqual([["before"], [""]]);
  });
});

describe("sync counter and request log", () => {
  test("counts round trips; an empty sync sends nothing", async () => {
    sim.resetSyncCount();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.values = [
        ["a", "b"],
        ["c", "d"],
      ];
      r.load("values");
      await context.sync();
      await context.sync(); // nothing queued
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.syncCalls).toBe(3); // two explicit + Excel.run's final one
    expect(sim.requests).toEqual([
      {
        operations: 2,
        // One object path (the range, its address an argument), a set with its value, a load.
        requestBytes:
          OBJECT_PATH_BYTES +
          JSON.stringify("A1:B2").length +
          ACTION_BYTES +
          JSON.stringify([
            ["a", "b"],
            ["c", "d"],
          ]).length +
          LOAD_ACTION_BYTES,
        responseBytes: expect.any(Number),
        // When the host answered and how long it took (for npm run measure:blocking); it wrote.
        startMs: expect.any(Number),
        hostMs: expect.any(Number),
        writes: true,
      },
    ]);
    expect(sim.requests[0].responseBytes).toBeGreaterThanOrEqual(
      JSON.stringify({
        values: [
          ["a", "b"],
          ["c", "d"],
        ],
      }).length,
    );
    sim.syncCount = 0;
    expect(sim.syncCount).toBe(0);
  });

  test("sync resolves with its pass-through value", async () => {
    await Excel.run(async (context) => {
      await expect(context.sync("token")).resolves.toBe("token");
    });
  });
});

describe("null objects and client results", () => {
  test("getItemOrNullObject: isNullObject known after sync, properties of a null object read as undefined", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading before sync is the case under test
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.load("name");
      await context.sync();
      expect(missing.name).toBeUndefined();
    });
  });

  test("writes to a null object are ignored", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(sim.sheet("Sheet1").cell("A1").value).toBe("");
  });

  test("ClientResult.value throws ValueNotLoaded until sync", async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading before sync is the case under test
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only sync
      expect(count.value).toBe(2);
    });
  });

  test("getItem on a missing sheet fails at sync with ItemNotFound", async () => {
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    });
    expect(error).toBeInstanceOf(OfficeExtensionError);
    expect(error.code).toBe("ItemNotFound");
  });

  test("Excel.run rejects a batch that does not return a promise", async () => {
    const batch = (() => undefined) as unknown as (c: Excel.RequestContext) => Promise<void>;
    await expect(Excel.run(batch)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });
});

describe("object lifetime", () => {
  test("an object used after its Excel.run ended fails with InvalidObjectPath", async () => {
    let saved: Excel.Worksheet | undefined;
    await Excel.run(async (context) => {
      saved = context.workbook.worksheets.getItem("Data");
      await context.sync();
    });
    const sheet = saved as Excel.Worksheet;
    sheet.getRange("A1").values = [["late"]];
    await expect(sheet.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    expect(sim.sheet("Data").cell("A1").value).toBe("");
  });

  test("a range from another request context is refused with InvalidRequestContext", async () => {
    await Excel.run(async (outer) => {
      const source = outer.workbook.worksheets.getItem("Data").getRange("A1:A2");
      const error = await runError(async (inner) => {
        inner.workbook.worksheets.getItem("Sheet1").getRange("B1").copyFrom(source);
        await inner.sync();
      });
      expect(error.code).toBe("InvalidRequestContext");
    });
  });
});
