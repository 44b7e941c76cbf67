// openCsv on the simulated host: bytes → a new Text sheet, cell for cell, with the kept original.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { writeCsv } from "../core/csv";
import { templateHeader } from "../core/catalogue";
import type { Table } from "../core/types";
import { rectA1 } from "./address";
import { openCsv } from "./openCsv";
import { ORIGINAL_MARKER, ORIGINAL_TABLE_ROW } from "./originalSheet";
import { REQUIRED_HEADER_FILL } from "./template";

let sim: SimHandle;
afterEach(() => sim?.uninstall());

const utf8 = (text: string) => new TextEncoder().encode(text);
const width = (table: Table) => table.rows.reduce((w, r) => Math.max(w, r.length), 0);
/** The sheet's values as text ("" for empty), one array per row. */
function sheetText(name: string, rows: number, cols: number, row = 0): string[][] {
  return sim
    .sheet(name)
    .values(rectA1(row, 0, rows, cols))
    .map((r) => r.map(String));
}

// Every kind of cell a double-click would damage, in a Partner Center download's columns.
const header = [
  "Errors",
  "Engagement ID",
  "Referral ID",
  "Deal Name",
  "Customer Postal code",
  "Customer D-U-N-S ID",
  "Estimated Close Date",
  "Estimated Deal Value",
  "Sales Stage",
  "Notes",
  "PartnerID (formerly MPN ID)",
  "Customer Contact Phone number",
  "Final account match",
  "Managed account 1",
];
const tricky: Table = {
  rows: [
    header,
    [
      "",
      "f7eaae47-0b84-4ac4-b4ea-5b2587d42cee",
      "1-2",
      "=SUM(A1)",
      "02134",
      "012345678",
      "30/01/2026",
      "1234567890123456789",
      "40%",
      "line 1\nline 2",
      "00012345",
      "+1 425 555 0100",
      "MicrosoftID: 6-ABCDEFG23XB",
      "MicrosoftID: 6-X, AccountName: A, AccountAddress: B",
    ],
    [
      "Customer matching issues; Required field Deal Name missing",
      "1E5",
      "3-4",
      " Spaced ",
      "1/2",
      "-12",
      "2026-01-30",
      "$12,563.00",
      "TRUE",
      "#N/A",
      "'quoted",
      "@home",
      "",
      "DUNSID: 012345678",
    ],
  ],
};

describe("openCsv", () => {
  it("writes every cell as the file's text on a new Text sheet named after the file, with the template's header look", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.resetSyncCount();
    const outcome = await openCsv({ name: "Opportunities_2026-01.csv", bytes: utf8(writeCsv(tricky)) });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome).toMatchObject({ sheetName: "Opportunities_2026-01", records: 2, columns: header.length });
    expect(outcome.headerStyled).toBe(true);
    // names, one block with both sheets, activate, header look, notes
    expect(sim.syncCount).toBe(5);
    expect(sim.activeSheet).toBe("Opportunities_2026-01");
    const sheet = sim.sheet("Opportunities_2026-01");
    expect(sheetText(sheet.name, 3, header.length)).toEqual(tricky.rows);
    for (let c = 0; c < header.length; c++) {
      const cell = sheet.cell(rectA1(2, c, 1, 1));
      expect([cell.numberFormat, cell.formula]).toEqual(["@", null]);
    }
    expect(sheet.freeze.rows).toBe(1);
    const dealName = sheet.cell("D1");
    expect([dealName.bold, dealName.fill]).toEqual([true, REQUIRED_HEADER_FILL]);
    expect(dealName.comment).toMatch(/^Required\./);
    expect(sheet.cell("A1").bold).toBe(false);
  });

  it("a host that refuses comments (NotImplemented at ExcelApi 1.10) gets the header notes as input prompts", async () => {
    sim = installRealClientHost({
      sheets: ["Sheet1"],
      excelApiVersion: "1.10",
      failComments: "NotImplemented",
    });
    const outcome = await openCsv({ name: "deals.csv", bytes: utf8(writeCsv(tricky)) });
    if (!outcome.ok) throw new Error("not opened");
    expect(outcome.headerStyled).toBe(true);
    const dealName = sim.sheet(outcome.sheetName).cell("D1");
    expect(dealName.comment).toBeNull();
    expect(dealName.validation?.prompt?.message).toMatch(/^Required\./);
  });

  it("keeps the file as opened on a hidden sheet that names its sheet", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const outcome = await openCsv({ name: "deals.csv", bytes: utf8(writeCsv(tricky)) });
    if (!outcome.ok) throw new Error("not opened");
    expect(outcome.originalSheetName).toBe("CoSell original - deals");
    const kept = sim.sheet("CoSell original - deals");
    expect(kept.visibility).toBe("Hidden");
    const meta = sheetText(kept.name, 1, 4)[0];
    expect([meta[0], meta[1], meta[3]]).toEqual([ORIGINAL_MARKER, "deals", "deals.csv"]);
    expect(meta[2]).not.toBe("");
    expect(sheetText(kept.name, 3, header.length, ORIGINAL_TABLE_ROW)).toEqual(tricky.rows);
    expect(kept.cell(rectA1(ORIGINAL_TABLE_ROW + 1, 3, 1, 1)).numberFormat).toBe("@");
  });

  const table = templateHeader().slice(0, 12);
  const record = [
    "",
    "",
    "",
    "Deal",
    "Contoso Café",
    "Straße 1",
    "",
    "Zürich",
    "",
    "8001",
    "CH",
    "012345678",
  ];
  const encodings = [
    { notes: "UTF-8 with BOM", bytes: utf8(`\ufeff${table.join(",")}\r\n${record.join(",")}\r\n`) },
    { notes: "semicolons", bytes: utf8(`${table.join(";")}\n${record.join(";")}\n`) },
    { notes: "sep= line and tabs", bytes: utf8(`sep=\t\n${table.join("\t")}\n${record.join("\t")}\n`) },
    {
      notes: "Windows-1252 (é, ü, ß as single bytes)",
      bytes: Uint8Array.from(`${table.join(",")}\r\n${record.join(",")}\r\n`, (ch) => ch.charCodeAt(0)),
    },
    {
      notes: "UTF-16 LE with BOM (Excel's Unicode text)",
      bytes: (() => {
        const text = `\ufeff${table.join("\t")}\r\n${record.join("\t")}\r\n`;
        const out = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
          out[2 * i] = text.charCodeAt(i) & 0xff;
          out[2 * i + 1] = text.charCodeAt(i) >> 8;
        }
        return out;
      })(),
    },
  ];
  it.each(encodings)("decodes and splits as the CLI does: $notes", async ({ bytes }) => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const outcome = await openCsv({ name: "export.csv", bytes });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(sheetText("export", 2, table.length)).toEqual([table, record]);
  });

  it("reports what reading found: the delimiter and the encoding", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const outcome = await openCsv({ name: "x.csv", bytes: encodings[1].bytes });
    if (!outcome.ok) throw new Error("not opened");
    expect(outcome.delimiter).toBe(";");
    expect(outcome.fileFindings.map((f) => f.code)).toContain("delimiter-not-comma");
  });

  it.each([
    {
      file: "a/b\\c?.csv",
      taken: [],
      expected: "c_",
      notes: "folders dropped, forbidden characters replaced",
    },
    { file: "deals.csv", taken: ["Deals"], expected: "deals (2)", notes: "an existing name, any case" },
    { file: "History.csv", taken: [], expected: "Co-sell file", notes: "Excel's reserved name" },
    {
      file: "A very long export name from Partner Center 2026.csv",
      taken: [],
      expected: "A very long export name from Pa",
      notes: "31 characters at most",
    },
  ])("names the sheet safely: $notes", async ({ file, taken, expected }) => {
    sim = installRealClientHost({ sheets: ["Sheet1", ...taken] });
    const outcome = await openCsv({ name: file, bytes: utf8(writeCsv(tricky)) });
    expect(outcome.ok && outcome.sheetName).toBe(expected);
    expect(sim.sheetNames()).toContain(expected);
  });

  it("writes a big file in blocks within the request limits, with progress", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"], platform: "OfficeOnline" });
    const cols = 155;
    const big: Table = {
      rows: [
        Array.from({ length: cols }, (_, c) => `Column ${c}`),
        ...Array.from({ length: 2000 }, (_, r) =>
          Array.from({ length: cols }, (_, c) => `0${r}-${c} ${"x".repeat(c % 40)}`),
        ),
      ],
    };
    const progress: number[] = [];
    sim.resetSyncCount();
    const outcome = await openCsv(
      { name: "big.csv", bytes: utf8(writeCsv(big)) },
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(outcome.ok).toBe(true);
    expect(sim.requests.every((r) => r.error === undefined)).toBe(true);
    expect(Math.max(...sim.requests.map((r) => r.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(sim.syncCount).toBeLessThanOrEqual(Math.ceil((2001 * cols) / 50_000) + 5);
    expect(progress[progress.length - 1]).toBe(2001);
    expect(sheetText("big", 1, cols, 1500)[0]).toEqual(big.rows[1500]);
  });

  it("cancelled between blocks: removes both new sheets and rejects with CancelledError", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const rows = Array.from({ length: 1500 }, (_, r) => Array.from({ length: 100 }, () => `v${r}`));
    const abort = new AbortController();
    const opening = openCsv(
      { name: "big.csv", bytes: utf8(writeCsv({ rows })) },
      { signal: abort.signal, onProgress: (p) => p.done > 0 && abort.abort() },
    );
    await expect(opening).rejects.toMatchObject({ name: "CancelledError" });
    expect(sim.sheetNames()).toEqual(["Sheet1"]);
  });

  it.each([
    { bytes: utf8(""), kind: "unreadable", notes: "an empty file" },
    { bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), kind: "unreadable", notes: "a workbook" },
    {
      bytes: utf8(`a,b\r\n1,${"x".repeat(40_000)}\r\n`),
      kind: "cell-too-long",
      notes: "a cell over 32,767 characters",
    },
  ])("refuses $notes with one problem and creates nothing", async ({ bytes, kind }) => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    sim.resetSyncCount();
    const outcome = await openCsv({ name: "x.csv", bytes });
    expect(outcome.ok === false && outcome.problem.kind).toBe(kind);
    expect(sim.sheetNames()).toEqual(["Sheet1"]);
    expect(sim.syncCount).toBe(0);
  });

  it("names the long cell", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const outcome = await openCsv({
      name: "x.csv",
      bytes: utf8(`a,b\r\n1,2\r\n3,${"x".repeat(40_000)}\r\n`),
    });
    expect(outcome).toEqual({ ok: false, problem: { kind: "cell-too-long", cell: "B3", length: 40_000 } });
  });

  it("pads short rows with empty cells and keeps blank lines as blank rows", async () => {
    sim = installRealClientHost({ sheets: ["Sheet1"] });
    const outcome = await openCsv({ name: "r.csv", bytes: utf8("a,b,c\r\n1\r\n\r\n2,3,4,5\r\n") });
    expect(outcome.ok && outcome.records).toBe(2);
    expect(sheetText("r", 4, 4)).toEqual([
      ["a", "b", "c", ""],
      ["1", "", "", ""],
      ["", "", "", ""],
      ["2", "3", "4", "5"],
    ]);
    void width;
  });
});
