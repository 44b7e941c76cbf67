import fc from "fast-check";
import { readCsv } from "./read";
import type { CsvRead } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(utf8(p)) : p)));

function ok(read: CsvRead): Extract<CsvRead, { ok: true }> {
  if (!read.ok) throw new Error(`expected a table, got ${JSON.stringify(read.error)}`);
  return read;
}

describe("a UTF-8 file with a few stray Windows-1252 bytes", () => {
  it("keeps every valid character and reads only the stray byte as Windows-1252", () => {
    const read = ok(
      readCsv(bytes("Name,City\r\nMüller,Zürich\r\nJos", [0xe9], ",Málaga\r\nGöran,Malmö\r\n")),
    );
    expect(read.encoding).toBe("UTF-8");
    expect(read.findings).toEqual([]);
    expect(read.table.rows).toEqual([
      ["Name", "City"],
      ["Müller", "Zürich"],
      ["José", "Málaga"],
      ["Göran", "Malmö"],
    ]);
    expect(read.strays).toEqual([{ row: 2, col: 0, bytes: [0xe9] }]);
  });

  it.each([
    {
      name: "a quoted multi-line cell with doubled quotes",
      input: bytes('Notes,Name\r\n"say ""hi""\r\nto ', [0x93], 'all",Müller\r\n'),
      cell: { row: 1, col: 0, bytes: [0x93] },
      value: 'say "hi"\r\nto \u201call',
    },
    {
      name: "a sep line and a BOM in front",
      input: bytes([0xef, 0xbb, 0xbf], "sep=;\r\nA;B\r\nx;", [0x80], "5\r\n"),
      cell: { row: 1, col: 1, bytes: [0x80] },
      value: "€5",
    },
    {
      name: "two strays in one cell and mixed line breaks",
      input: bytes("A,B\nü,R", [0xe9], "n", [0xe9], "\r\nö,x\r\n"),
      cell: { row: 1, col: 1, bytes: [0xe9, 0xe9] },
      value: "Réné",
    },
    {
      name: "a BOM is UTF-8 evidence enough",
      input: bytes([0xef, 0xbb, 0xbf], "Name\r\nJos", [0xe9], "\r\nRen", [0xe9], "!\r\n"),
      cell: { row: 1, col: 0, bytes: [0xe9] },
      value: "José",
    },
  ])("points at the cell: $name", ({ input, cell, value }) => {
    const read = ok(readCsv(input));
    expect(read.encoding).toBe("UTF-8");
    expect(read.strays[0]).toEqual(cell);
    expect(read.table.rows[cell.row][cell.col]).toBe(value);
  });

  it("reads a file whose invalid bytes outnumber its UTF-8 characters as Windows-1252", () => {
    const read = ok(
      readCsv(bytes("Name\r\nJos", [0xe9], "\r\nRen", [0xe9], "\r\nM", [0xc3, 0xbc], "ller\r\n")),
    );
    expect(read.encoding).toBe("Windows-1252");
    expect(read.findings.map((f) => f.code)).toEqual(["encoding-not-utf8"]);
    expect(read.table.rows[3]).toEqual(["MÃ¼ller"]);
    expect(read.strays).toEqual([]);
  });

  it("maps any stray to its own cell (property)", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "ü", "😀", '"', ",", "\n", " ", "\u00a0"),
      maxLength: 6,
    });
    const tables = fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(tables, fc.nat(), fc.integer({ min: 0x80, max: 0xff }), (body, pick, stray) => {
        const rows = [["H1", "H2"], ...body];
        const cells = body.length * 2;
        const target = pick % cells;
        const parts: Array<string | number[]> = [];
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            if (c > 0) parts.push(",");
            parts.push('"');
            parts.push(value.replace(/"/g, '""'));
            if (r > 0 && (r - 1) * 2 + c === target) parts.push([stray]);
            parts.push('"');
          });
          parts.push("\r\n");
        });
        // Two UTF-8 characters keep the file UTF-8; the stray, followed by a quote, is always invalid.
        parts.push("ü,ü\r\n");
        const read = ok(readCsv(bytes(...parts)));
        expect(read.encoding).toBe("UTF-8");
        const row = Math.floor(target / 2) + 1;
        const col = target % 2;
        expect(read.strays).toEqual([{ row, col, bytes: [stray] }]);
        const char = new TextDecoder("windows-1252").decode(Uint8Array.of(stray));
        if (stray < 0x80 || stray > 0x9f) expect(read.table.rows[row][col]).toBe(body[row - 1][col] + char);
      }),
    );
  });
});
