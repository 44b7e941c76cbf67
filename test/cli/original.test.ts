// --original (edits against the downloaded file) and --out without --fix (the file the add-in saves).
import { main } from "../../src/cli/main";
import { checkTable } from "../../src/core/check";
import { readCsv, writeCsv } from "../../src/core/csv";
import { uploadTable } from "../../src/core/save/uploadTable";
import { tableOf, update } from "../fixtures/engine/records";
import { memoryIo, repoFile } from "./memoryIo";

const closedWon = { "Partner Referral Status": "Closed", "Partner Referral Substatus": "Won" };
const downloaded = tableOf([
  update({ "Referral ID": "REF-1", "Customer City": "Redmond" }),
  update({ "Referral ID": "REF-2", ...closedWon, "Estimated Deal Value": "100" }),
  update({ "Referral ID": "REF-3" }),
]);
// Rows reordered on purpose: pairing is by Referral ID.
const edited = tableOf([
  update({ "Referral ID": "REF-3", "Deal Name": "Renamed, which is allowed" }),
  update({ "Referral ID": "REF-2", ...closedWon, "Estimated Deal Value": "200" }),
  update({ "Referral ID": "REF-1", "Customer City": "Seattle" }),
]);

function io() {
  return memoryIo({ "downloaded.csv": writeCsv(downloaded), "edited.csv": writeCsv(edited) });
}

type JsonFinding = { code: string; cell: string; severity: string; message: string };
const findingsOf = (text: string): JsonFinding[] => JSON.parse(text).findings;

describe("--original", () => {
  it("reports the read-only edit and the edited closed deal, naming the original value", async () => {
    const run = io();
    expect(await main(["--original", "downloaded.csv", "edited.csv", "--json"], run)).toBe(0);
    const findings = findingsOf(run.stdoutText());
    // Customer City is column H; REF-1 is on row 4 of the edited file.
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["terminal-row-edited", "C3", "warning"],
      ["read-only-edited", "H4", "warning"],
    ]);
    expect(findings[1].message).toContain("Redmond");
  });

  it("reports nothing of the kind without --original", async () => {
    const run = io();
    await main(["edited.csv", "--json"], run);
    expect(findingsOf(run.stdoutText())).toEqual([]);
  });

  it("reads the original like any file (a semicolon export with a BOM)", async () => {
    // Commas inside cells (solution, team member) become spaces, so every comma is a delimiter.
    const table = tableOf(
      downloaded.rows
        .slice(1)
        .map((row) => Object.fromEntries(downloaded.rows[0].map((h, c) => [h, row[c].replace(/,/g, " ")]))),
    );
    const run = memoryIo({
      "downloaded.csv":
        "\ufeff" +
        writeCsv(table)
          .replace(/^\ufeff/, "")
          .replace(/,/g, ";"),
      "edited.csv": writeCsv(edited),
    });
    await main(["--original", "downloaded.csv", "edited.csv", "--json"], run);
    expect(findingsOf(run.stdoutText()).map((f) => f.code)).toContain("read-only-edited");
  });

  it.each<{ files: Record<string, string>; sentence: string; notes: string }>([
    { files: {}, sentence: "Cannot read downloaded.csv: there is no such file.", notes: "missing" },
    { files: { "downloaded.csv": "" }, sentence: "downloaded.csv: ", notes: "empty: the reader's sentence" },
  ])("exits 2 with one sentence when the original cannot be read: $notes", async ({ files, sentence }) => {
    const run = memoryIo({ "edited.csv": writeCsv(edited), ...files });
    expect(await main(["edited.csv", "--original", "downloaded.csv"], run)).toBe(2);
    expect(run.stderrText()).toMatch(/^cosell-check: [^\n]+[.]\n$/);
    expect(run.stderrText()).toContain(sentence);
    expect(run.stdoutText()).toBe("");
  });

  it("refuses to write --out over the original", async () => {
    const run = io();
    expect(await main(["edited.csv", "--original", "downloaded.csv", "--out", "./downloaded.csv"], run)).toBe(
      2,
    );
    expect(run.written("downloaded.csv")).toBe(writeCsv(downloaded));
  });
});

describe("--out without --fix: the file the add-in saves", () => {
  const MISTAKES = "examples/mistakes.csv";

  it("applies the notices' normalisations only, the same table as the core's uploadTable", async () => {
    const run = memoryIo({ [MISTAKES]: repoFile(MISTAKES) });
    expect(await main([MISTAKES, "--out", "upload.csv"], run)).toBe(1);
    const read = readCsv(repoFile(MISTAKES));
    if (!read.ok) throw new Error("example does not read");
    const expected = uploadTable(read.table, checkTable(read.table).findings);
    if (!expected.ok) throw new Error("no records");
    expect(run.written("upload.csv")).toBe(writeCsv(expected.table, { bom: true }));
    expect(run.stdoutText()).toContain(`Wrote upload.csv with ${expected.normalised} cells normalised.`);
    expect(expected.normalised).toBe(6); // the six notices of the README's report
  });

  it("writes the split parts from the same table", async () => {
    const run = memoryIo({ [MISTAKES]: repoFile(MISTAKES) });
    await main([MISTAKES, "--out", "upload.csv", "--split", "parts"], run);
    expect(run.written("parts/mistakes-part-1.csv")).toBe(run.written("upload.csv"));
  });

  it("writes no file for a sheet without records, and says so", async () => {
    const run = memoryIo({ "h.csv": "Deal Name,Currency\r\n\r\n" });
    await main(["h.csv", "--out", "upload.csv", "--split", "parts"], run);
    expect(run.files.has("upload.csv")).toBe(false);
    expect(run.dirs.size).toBe(0);
    expect(run.stdoutText()).toContain("No file written: there are no records to save.");
  });
});
