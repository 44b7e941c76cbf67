import type { MessageParams } from "../types";
import { fileFinding } from "../findings";
import { FINDING_CODES, en, findingMessage, renderMessage } from "./index";

describe("message catalogue", () => {
  it("has a template for every code and no template without a code", () => {
    expect(Object.keys(en).sort()).toEqual([...FINDING_CODES].sort());
  });

  it("uses kebab-case codes", () => {
    for (const code of FINDING_CODES) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("names the column and the value in every cell message", () => {
    const fileOrHeaderOrRow =
      /^(file-|delimiter|encoding|too-many|no-records|header-|cells-beyond|column-missing|create-row-status|terminal-row|partner-center)/;
    for (const code of FINDING_CODES) {
      if (fileOrHeaderOrRow.test(code)) continue;
      expect(en[code]).toContain("{column}");
      if (
        !code.startsWith("required-missing") &&
        code !== "engagement-id-missing" &&
        code !== "account-match-empty" && // reported only when the cell is empty
        code !== "marketplace-intent-missing"
      )
        expect(en[code]).toContain("{value}");
    }
  });

  const cases: { code: string; params: MessageParams; text: string; notes: string }[] = [
    {
      code: "required-missing",
      params: { column: "Solution 1" },
      text: "Required field Solution 1 missing",
      notes: "Partner Center's own wording",
    },
    {
      code: "file-unterminated-quote",
      params: { row: 7 },
      text: "A quoted value that starts on row 7 is never closed.",
      notes: "numbers interpolate",
    },
    {
      code: "header-unknown",
      params: {},
      text: 'Column header "{value}" is not a co-sell template column.',
      notes: "missing params stay visible",
    },
    { code: "no-such-code", params: {}, text: "no-such-code", notes: "unknown codes fall back to the code" },
  ];
  it.each(cases)("renders $code: $notes", ({ code, params, text }) => {
    expect(renderMessage(code, params)).toBe(text);
  });

  it("adds what to do on the surface that shows it, and nothing without a surface", () => {
    const params = { column: "Close Date", value: "3/4/2025" };
    const found = renderMessage("date-ambiguous", params);
    expect(found).not.toMatch(/--date-order|Read dates such as/);
    expect(renderMessage("date-ambiguous", params, "cli")).toBe(
      `${found} Run again with --date-order mdy (month first) or --date-order dmy (day first), or write this date as YYYY-MM-DD, which reads only one way.`,
    );
    const pane = renderMessage("date-ambiguous", params, "pane");
    expect(pane).toContain("“Read dates such as 3/4/2025 as”");
    expect(pane).not.toContain("--date-order");
    expect(renderMessage("required-missing", { column: "Deal Name" }, "cli")).toBe(
      "Required field Deal Name missing",
    );
  });

  it("fills the action from the finding's params", () => {
    const finding = fileFinding({ code: "too-many-records", params: { count: 2500, max: 1000, files: 3 } });
    expect(findingMessage(finding, "cli")).toBe(
      "The file has 2500 records but Partner Center processes at most 1000 per file. Add --split <folder> to write 3 files of at most 1000 records, and upload them one by one.",
    );
  });
});

describe("file-level codes of the CSV reader", () => {
  const cases = [
    { code: "file-empty", notes: "empty input" },
    { code: "file-binary", notes: "xlsx or other binary" },
    { code: "file-unterminated-quote", notes: "quote never closed" },
    { code: "file-no-header", notes: "no header row" },
    { code: "delimiter-not-comma", notes: "semicolon or tab file" },
    { code: "delimiter-sep-line", notes: "Excel's sep= first line" },
    { code: "encoding-not-utf8", notes: "legacy encoding" },
    { code: "file-ends-mid-character", notes: "UTF-8 cut inside its last character" },
  ];
  it.each(cases)("$code has a message: $notes", ({ code }) => {
    expect(FINDING_CODES).toContain(code);
  });
});
