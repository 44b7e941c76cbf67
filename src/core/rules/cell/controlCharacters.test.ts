import fc from "fast-check";
import { controlIssue, hasControlCharacter } from "./controlCharacters";

describe("hasControlCharacter", () => {
  const cases = [
    { value: "plain", multiline: false, expected: false, notes: "printable text" },
    { value: "a\u0000b", multiline: true, expected: true, notes: "NUL anywhere" },
    { value: "a\r\nb", multiline: true, expected: false, notes: "CRLF inside Notes" },
    { value: "a\r\nb", multiline: false, expected: true, notes: "CRLF in a one-line column" },
    { value: "a\u007fb", multiline: false, expected: true, notes: "DEL" },
    {
      value: "a\u0081b",
      multiline: false,
      expected: true,
      notes: "C1 control (an unassigned Windows-1252 byte)",
    },
    { value: "café – ok", multiline: false, expected: false, notes: "non-ASCII is not control" },
  ];
  it.each(cases)("$notes", ({ value, multiline, expected }) => {
    expect(hasControlCharacter(value, multiline)).toBe(expected);
  });
});

describe("controlIssue", () => {
  const cases = [
    { value: "plain", multiline: false, expected: null, notes: "nothing to say" },
    {
      value: "Contoso\u0000Ltd",
      multiline: false,
      expected: { code: "control-character", fix: "ContosoLtd" },
      notes: "a NUL is removed",
    },
    {
      value: "line 1\r\nline 2",
      multiline: false,
      expected: { code: "line-break", fix: "line 1 line 2" },
      notes: "a line break outside Notes: its own code, and a space in its place",
    },
    {
      value: "a\n\n\nb",
      multiline: false,
      expected: { code: "line-break", fix: "a b" },
      notes: "a run of line breaks becomes one space",
    },
    {
      value: "a\nb\u0007",
      multiline: false,
      expected: { code: "control-character", fix: "a b" },
      notes: "line break and bell: the control message, one fix for both",
    },
    {
      value: "line 1\nline\u0000 2",
      multiline: true,
      expected: { code: "control-character", fix: "line 1\nline 2" },
      notes: "in Notes the line break stays, the NUL goes",
    },
    {
      value: "a\tb",
      multiline: true,
      expected: { code: "control-character", fix: "a b" },
      notes: "a tab becomes a space",
    },
    {
      value: "\u0000",
      multiline: false,
      expected: { code: "control-character", fix: "" },
      notes: "only a NUL",
    },
  ];
  it.each(cases)("$notes", ({ value, multiline, expected }) => {
    expect(controlIssue(value, multiline)).toEqual(expected);
  });
});

describe("controlIssue answers as the chained replaces it replaced did", () => {
  // The old form, kept as the oracle (linear too, but ~170 ms on a 1 MB cell of text and tabs).
  /* eslint-disable no-control-regex */
  const old = (value: string, multiline: boolean) => {
    if (!hasControlCharacter(value, multiline)) return null;
    let fix = value.replace(/\t/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "");
    const onlyLineBreaks = fix.length === value.length && !value.includes("\t");
    if (!multiline) fix = fix.replace(/[\r\n]+/g, " ");
    fix = fix.trim();
    return { code: onlyLineBreaks && /[\r\n]/.test(value) ? "line-break" : "control-character", fix };
  };
  /* eslint-enable no-control-regex */
  const unit = fc.constantFrom(
    "a",
    "é",
    " ",
    "\t",
    "\n",
    "\r",
    "\u0000",
    "\u0007",
    "\u007f",
    "\u0085",
    "\u00a0",
    "\ud83d",
  );
  it.each([false, true])("multiline %s", (multiline) => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (raw) => {
        const value = raw.trim();
        expect(controlIssue(value, multiline)).toEqual(old(value, multiline));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a long cell's text whole (chunked rebuild)", () => {
    const value = "é😀x\t".repeat(10_000);
    expect(controlIssue(value, false)).toEqual({
      code: "control-character",
      fix: "é😀x ".repeat(10_000).trim(),
    });
  });
});
