// Excel's limits, enforced as errors at sync.
import { installSimulatedHost, type SimHandle } from "./index";
import { runError } from "./testSupport";

let sim: SimHandle;
afterEach(() => sim.uninstall());

const list = (chars: number): string => {
  const items: string[] = [];
  let s = "";
  for (let i = 0; s.length < chars; i++) {
    items.push(`i${i}`);
    s = items.join(",");
  }
  return s.slice(0, chars).replace(/,$/, "x");
};

describe("data validation text limits", () => {
  const cases = [
    { notes: "inline list at the limit", source: list(255), code: null },
    { notes: "inline list one over", source: list(256), code: "InvalidArgument" },
    {
      notes: "a range reference is not an inline list: no 255 limit applies to what it lists",
      source: "=Sheet1!$Z$1:$Z$5000",
      code: null,
    },
    { notes: "a reference to a missing sheet fails", source: "=Nope!$A$1:$A$3", code: "ItemNotFound" },
  ];
  test.each(cases)("list source: $notes", async ({ source, code }) => {
    sim = installSimulatedHost();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:A10").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e.code,
    );
    expect(error).toBe(code);
  });

  const messages = [
    { notes: "prompt message 255", kind: "prompt", title: "t", message: "m".repeat(255), code: null },
    {
      notes: "prompt message 256",
      kind: "prompt",
      title: "t",
      message: "m".repeat(256),
      code: "InvalidArgument",
    },
    {
      notes: "prompt title 33",
      kind: "prompt",
      title: "t".repeat(33),
      message: "m",
      code: "InvalidArgument",
    },
    {
      notes: "alert message 256",
      kind: "errorAlert",
      title: "t",
      message: "m".repeat(256),
      code: "InvalidArgument",
    },
    { notes: "alert title 32", kind: "errorAlert", title: "t".repeat(32), message: "m", code: null },
  ];
  test.each(messages)("$notes", async ({ kind, title, message, code }) => {
    sim = installSimulatedHost();
    const error = await Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
      if (kind === "prompt") dv.prompt = { showPrompt: true, title, message };
      else dv.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title, message };
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e.code,
    );
    expect(error).toBe(code);
  });
});

describe("cell text", () => {
  const cases = [
    { notes: "32,767 characters fit in a cell", length: 32767, code: null },
    { notes: "32,768 do not", length: 32768, code: "InvalidArgument" },
  ];
  test.each(cases)("$notes", async ({ length, code }) => {
    sim = installSimulatedHost();
    const result = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(length)]];
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e.code,
    );
    expect(result).toBe(code);
  });
});

describe("address and sheet bounds", () => {
  const areas = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}`).join(",");
  const cases = [
    { notes: "getRanges address under 8,192 characters", address: areas(1500), code: null },
    { notes: "last cell of the sheet", address: "XFD1048576", code: null },
    { notes: "a column past XFD", address: "XFE1", code: "InvalidArgument" },
    { notes: "a row past 1,048,576", address: "A1048577", code: "InvalidArgument" },
    { notes: "not an address", address: "hello world", code: "InvalidArgument" },
  ];
  test.each(cases)("$notes", async ({ address, code }) => {
    sim = installSimulatedHost();
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const target = address.includes(",") ? sheet.getRanges(address) : sheet.getRange(address);
      target.load("address");
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e.code,
    );
    expect(error).toBe(code);
  });

  test("an address over 8,192 characters is truncated, not refused (as documented): fewer areas, the last one cut short", async () => {
    sim = installSimulatedHost();
    // "B1,A1,A2,…,A2000": 10,895 characters; the cut leaves "A1" of "A1550".
    const address = `B1,${areas(2000)}`;
    const kept = address.slice(0, 8192);
    const lastKept = kept.slice(kept.lastIndexOf(",") + 1);
    const asked = address.slice(kept.lastIndexOf(",") + 1).split(",")[0];
    expect(lastKept).not.toBe(asked); // the cut falls inside an area's address
    const result = await Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem("Sheet1").getRanges(address);
      target.load("areaCount,address");
      await context.sync();
      return { count: target.areaCount, address: target.address };
    });
    expect(result.count).toBe(kept.split(",").length);
    expect(result.count).toBeLessThan(2001);
    // Another cell than the one asked for, silently: why the add-in keeps its addresses well under.
    expect(result.address.split(",").pop()).toBe(`Sheet1!${lastKept}`);
  });

  test.each([
    { message: "x".repeat(225), code: null, notes: "an error alert message at 225 characters" },
    {
      message: "x".repeat(226),
      code: "InvalidArgument",
      notes: "one over (MS-XLSB DValStrings: strError ≤ 225)",
    },
  ])("error alert message: $notes", async ({ message, code }) => {
    sim = installSimulatedHost();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "t",
        message,
      };
      await context.sync();
    }).then(
      () => null,
      (e: OfficeExtension.Error) => e.code,
    );
    expect(error).toBe(code);
  });

  test("a read of more than 5,000,000 cells is refused, whatever the payload limit (documented)", async () => {
    sim = installSimulatedHost({ payloadLimitBytes: null });
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001").load("values"); // 5,000,005 cells
      await context.sync();
    });
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("getRangeByIndexes and getResizedRange past the edge fail at sync", async () => {
    sim = installSimulatedHost();
    const byIndexes = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1_048_575, 0, 2, 1).load("address");
      await context.sync();
    });
    expect(byIndexes.code).toBe("InvalidArgument");
    const resized = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("XFC1").getResizedRange(0, 2).load("address");
      await context.sync();
    });
    expect(resized.code).toBe("InvalidArgument");
  });
});

describe("request payload (5 MB by default, as Excel on the web)", () => {
  const bigColumn = (rows: number, text: string) => Array.from({ length: rows }, () => [text]);

  test("writing more than 5 MB in one request fails before anything is applied", async () => {
    sim = installSimulatedHost();
    const error = await runError(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [["applied?"]];
      sheet.getRange("A1:A60000").values = bigColumn(60000, "x".repeat(100)); // ~6.2 MB
      await context.sync();
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.sheet("Sheet1").cell("B1").value).toBe("");
    expect(sim.lastRequest?.error).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("the same data in two requests passes", async () => {
    sim = installSimulatedHost();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A30000").values = bigColumn(30000, "x".repeat(100));
      await context.sync();
      sheet.getRange("A30001:A60000").values = bigColumn(30000, "x".repeat(100));
      await context.sync();
    });
    expect(sim.syncCount).toBe(2);
    expect(sim.requests.every((r) => r.requestBytes < 5 * 1024 * 1024)).toBe(true);
  });

  test.each([
    {
      text: "x".repeat(100),
      code: undefined,
      notes: "100 ASCII characters a cell: 3.1 MB on the wire, passes",
    },
    {
      text: "é".repeat(100),
      code: "RequestPayloadSizeLimitExceeded",
      notes: "the same length in characters, but 200 bytes a cell in UTF-8: 6.1 MB, refused",
    },
    {
      text: "日".repeat(60),
      code: "RequestPayloadSizeLimitExceeded",
      notes: "60 characters of 3 bytes each: 5.5 MB in UTF-8 though only 1.9 M characters",
    },
  ])("the request limit counts UTF-8 bytes, not characters: $notes", async ({ text, code }) => {
    sim = installSimulatedHost();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A30000").values = bigColumn(30000, text);
      await context.sync();
    });
    if (code) await expect(run).rejects.toMatchObject({ code });
    else await run;
    expect(sim.sheet("Sheet1").cell("A30000").value).toBe(code ? "" : text);
  });

  test("each action and object path counts: 20,000 single-cell writes exceed 5 MB though their values are small", async () => {
    sim = installSimulatedHost();
    const error = await runError(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let r = 1; r <= 20_000; r++) {
        const cell = sheet.getRange(`C${r * 3}`);
        cell.numberFormat = [["@"]];
        cell.values = [["USD"]];
      }
      await context.sync();
    });
    // Microsoft's client sends about 406 bytes for each such cell (wireSize.ts): 8 MB here.
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("reading more than 5 MB in one request fails with ResponsePayloadSizeLimitExceeded", async () => {
    sim = installSimulatedHost();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A30000").values = bigColumn(30000, "y".repeat(100));
      await context.sync();
      sheet.getRange("B1:B30000").values = bigColumn(30000, "y".repeat(100));
      await context.sync();
    });
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B30000").load("values");
      await context.sync();
    });
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("loading the values of a whole column is refused without allocating a million rows", async () => {
    sim = installSimulatedHost();
    const error = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:Z").load("values");
      await context.sync();
    });
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("the limit is configurable and can be lifted", async () => {
    sim = installSimulatedHost({ payloadLimitBytes: 1000 });
    const small = await runError(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A20").values = bigColumn(20, "z".repeat(60));
      await context.sync();
    });
    expect(small.code).toBe("RequestPayloadSizeLimitExceeded");
    sim.configure({ payloadLimitBytes: null });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = bigColumn(
        60000,
        "x".repeat(100),
      );
      await context.sync();
    });
    expect(sim.sheet("Sheet1").cell("A60000").value).toBe("x".repeat(100));
  });
});
